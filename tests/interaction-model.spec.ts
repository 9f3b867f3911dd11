import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { BadInput } from '../src/bad-input.js';
import { checkStepsAgainst } from '../src/config/model-steps.js';
import { generatedValueId, InteractionModel, loadModels, readModel } from '../src/config/model.js';
import { runConformance } from '../src/run/conformance.js';
import { NO_MODEL_NOTE, planOf, resolveOptions } from '../src/run/options.js';
import { validate } from '../src/schema/ajv.js';
import { envelope, intentRequest, openSession, RequestIds, visitArbitrary } from '../src/scenarios/envelope.js';
import { reproducer } from '../src/report/reproduce.js';
import { refund } from '../src/scenarios/families/refund.js';
import { slots } from '../src/scenarios/families/slots.js';
import { resolvedSlotArbitrary, slotValueArbitrary } from '../src/scenarios/slot-values.js';
import type { ConformanceConfig, SkillInteractionModel, Slot } from '../src/types/index.js';
import { ROOT } from './helpers/cli.js';

const MODEL_FILE = join(ROOT, 'fixtures', 'skills', 'reference', 'skill-package', 'interactionModels', 'custom', 'en-US.json');
const APP = 'amzn1.ask.skill.5e1f3c2a-8b7d-4c6e-9f0a-1b2c3d4e5f60';
const reference = (): InteractionModel => readModel(MODEL_FILE, 'en-US.json');

/** A small model: a custom type with and without ids, a built-in typed slot, an intent without slots. */
const small = (): InteractionModel =>
  new InteractionModel('small.json', {
    invocationName: 'yoga gear shop',
    intents: [
      { name: 'OrderIntent', slots: [{ name: 'item', type: 'ITEM' }, { name: 'count', type: 'AMAZON.NUMBER' }, { name: 'query', type: 'AMAZON.SearchQuery' }] },
      { name: 'AMAZON.YesIntent' },
    ],
    types: [
      {
        name: 'ITEM',
        values: [
          { id: 'YOGA_MAT', name: { value: 'yoga mat', synonyms: ['mat', 'exercise mat'] } },
          { name: { value: 'yoga strap', synonyms: ['strap'] } },
          { id: 'GYM_MAT', name: { value: 'gym mat', synonyms: ['mat'] } },
        ],
      },
    ],
  });

const authority = `amzn1.er-authority.echo-sdk.${APP}.ITEM`;

function tempFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'asc-model-')), 'model.json');
  writeFileSync(file, text);
  return file;
}

const messageOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(BadInput);
    return (err as Error).message;
  }
  throw new Error('expected a BadInput');
};

test.describe('loading', () => {
  test('the reference skill model loads with its intents and types', () => {
    const model = reference();
    expect(model.intent('AddToCartIntent')?.slots).toEqual([{ name: 'item', type: 'ITEM' }]);
    expect(model.phrases('ITEM')).toContain('exercise mat');
  });

  test('a missing file, a file that is not JSON and one that is not a model are one-line BadInput errors', () => {
    expect(messageOf(() => readModel('/nonexistent/en-US.json'))).toMatch(/^interaction model \/nonexistent\/en-US\.json cannot be read/);
    expect(messageOf(() => readModel(tempFile('{ nope')))).toMatch(/is not JSON/);
    const notModel = messageOf(() => readModel(tempFile(JSON.stringify({ interactionModel: { languageModel: { intents: [] } } }))));
    expect(notModel).toMatch(/is not an ASK interaction model .*: interactionModel\.languageModel must have required property 'invocationName'/);
    for (const message of [notModel]) expect(message).not.toContain('\n');
  });

  test('one path serves every locale; a map must name each configured locale', () => {
    const one = loadModels(MODEL_FILE, ROOT, ['en-US', 'en-GB']);
    expect(Object.keys(one)).toEqual(['en-US', 'en-GB']);
    expect(one['en-US']).toBe(one['en-GB']);
    const map = loadModels({ 'en-US': MODEL_FILE, 'en-GB': MODEL_FILE, 'fr-FR': MODEL_FILE }, ROOT, ['en-US', 'en-GB']);
    expect(Object.keys(map)).toEqual(['en-US', 'en-GB']);
    expect(messageOf(() => loadModels({ 'en-US': MODEL_FILE }, ROOT, ['en-US', 'de-DE', 'ja-JP']))).toMatch(/gives no model for locale de-DE, ja-JP \(it maps en-US/);
    expect(messageOf(() => loadModels({ 'en-US': MODEL_FILE, english: MODEL_FILE }, ROOT, ['en-US']))).toMatch(/maps "english", which is not a locale/);
  });

  test("one file named for a locale serves its language's locales only", () => {
    expect(messageOf(() => loadModels(MODEL_FILE, ROOT, ['en-US', 'de-DE']))).toMatch(
      /^interactionModel .*en-US\.json is the en-US model, and locale de-DE speaks another language: map each locale to its own model/,
    );
  });

  test('without configured locales, a run speaks the locale its one model file is named for, as init writes it', () => {
    const german = 'fixtures/skills/field/roastery/skill-package/interactionModels/custom/de-DE.json';
    expect(resolveOptions({ seed: 1, target: { handler: 'x.js' }, interactionModel: german, cwd: ROOT }).locales).toEqual(['de-DE']);
    expect(resolveOptions({ seed: 1, target: { handler: 'x.js' }, config: { interactionModel: german }, cwd: ROOT }).locales).toEqual(['de-DE']);
    // Configured locales win; a file not named for a locale leaves en-US.
    expect(resolveOptions({ seed: 1, target: { handler: 'x.js' }, config: { locales: ['de-DE'], interactionModel: german }, cwd: ROOT }).locales).toEqual(['de-DE']);
    expect(resolveOptions({ seed: 1, target: { handler: 'x.js' }, interactionModel: tempFile(readFileSync(join(ROOT, german), 'utf8')) }).locales).toEqual(['en-US']);
  });
});

test.describe('steps against the model', () => {
  const models = (): Record<string, InteractionModel> => ({ 'en-US': reference() });
  const withSteps = (config: ConformanceConfig): string | undefined => {
    try {
      checkStepsAgainst(config, models());
      return undefined;
    } catch (err) {
      return (err as Error).message;
    }
  };

  test('the reference config fits its model', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'skills', 'reference', 'conformance.json'), 'utf8')) as ConformanceConfig;
    expect(withSteps(config)).toBeUndefined();
  });

  test('a built-in intent is allowed whether or not the model lists it', () => {
    expect(withSteps({ actions: { BuyShoppingProducts: { steps: [{ intent: 'AMAZON.ResumeIntent' }] } } })).toBeUndefined();
  });

  test('an unknown intent names the nearest custom intent; an unknown slot names the nearest slot', () => {
    expect(withSteps({ isp: { premium: [{ steps: [{ type: 'LaunchRequest' }, { intent: 'premiumtipintent' }] }] } })).toBe(
      'isp.premium[0] step 2 names intent "premiumtipintent", which the interaction model en-US.json lacks (nearest: PremiumTipIntent)',
    );
    expect(withSteps({ isp: { consume: { steps: [{ intent: 'BuyProductIntent', slots: { product: 'premium' } }] } } })).toBe(
      'isp.consume step 1 names slot "product", which intent BuyProductIntent lacks in the interaction model en-US.json (nearest: productName)',
    );
    expect(withSteps({ actions: { AddToList: { steps: [{ intent: 'RecommendIntent', slots: { item: 'mat' } }] } } })).toMatch(/the intent has no slots/);
    expect(withSteps({ refund: { intent: 'ReturnIntent' } })).toMatch(/^refund\.intent names intent "ReturnIntent"/);
  });

  test('with a per-locale map the message names the locales of the model that lacks the intent', () => {
    const other = new InteractionModel('de-DE.json', { invocationName: 'yoga laden', intents: [{ name: 'KaufenIntent' }] });
    expect(() => checkStepsAgainst({ actions: { BuyShoppingProducts: { steps: [{ intent: 'BuyIntent' }] } } }, { 'en-US': reference(), 'de-DE': other }, true)).toThrow(
      'actions.BuyShoppingProducts step 1 (de-DE) names intent "BuyIntent", which the interaction model de-DE.json lacks (nearest: KaufenIntent)',
    );
  });
});

test.describe('entity resolution', () => {
  test('a synonym, in any casing, resolves to its canonical values and ids', () => {
    const slot = small().filledSlot(APP, 'OrderIntent', 'item', 'Exercise MAT');
    expect(slot).toEqual({
      name: 'item',
      value: 'Exercise MAT',
      confirmationStatus: 'NONE',
      resolutions: { resolutionsPerAuthority: [{ authority, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: 'yoga mat', id: 'YOGA_MAT' } }] }] },
      slotValue: {
        type: 'Simple',
        value: 'Exercise MAT',
        resolutions: { resolutionsPerAuthority: [{ authority, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: 'yoga mat', id: 'YOGA_MAT' } }] }] },
      },
    });
    expect(validate('alexa/slot', slot)).toEqual([]);
  });

  test('a synonym of several values lists each; a value without id gets a stable 32-digit hex id', () => {
    const both = small().resolutions(APP, 'ITEM', 'mat')?.resolutionsPerAuthority?.[0]?.values?.map((v) => v.value);
    expect(both).toEqual([
      { name: 'yoga mat', id: 'YOGA_MAT' },
      { name: 'gym mat', id: 'GYM_MAT' },
    ]);
    const strap = small().resolutions(APP, 'ITEM', 'strap')?.resolutionsPerAuthority?.[0]?.values?.[0]?.value;
    expect(strap?.name).toBe('yoga strap');
    expect(strap?.id).toMatch(/^[0-9a-f]{32}$/);
    expect(strap?.id).toBe(generatedValueId('yoga strap'));
  });

  test('a value outside the type is ER_SUCCESS_NO_MATCH without values; a built-in type is not resolved', () => {
    const outside = small().filledSlot(APP, 'OrderIntent', 'item', 'kayak');
    expect(outside.resolutions).toEqual({ resolutionsPerAuthority: [{ authority, status: { code: 'ER_SUCCESS_NO_MATCH' } }] });
    expect(validate('alexa/slot', outside)).toEqual([]);
    const count = small().filledSlot(APP, 'OrderIntent', 'count', '3');
    expect(count).toEqual({ name: 'count', value: '3', confirmationStatus: 'NONE', slotValue: { type: 'Simple', value: '3' } });
  });

  test('the intent\'s unfilled slots are present without value; a slot already resolved or unknown to the model is kept', () => {
    const resolved: Slot = { name: 'item', value: 'x', confirmationStatus: 'NONE', resolutions: {} };
    const extra = { name: 'extra', value: 'y', confirmationStatus: 'NONE' };
    expect(small().fillSlots(APP, 'OrderIntent', { item: resolved, extra })).toEqual({
      item: resolved,
      count: { name: 'count', confirmationStatus: 'NONE' },
      query: { name: 'query', confirmationStatus: 'NONE' },
      extra,
    });
    expect(small().fillSlots(APP, 'AMAZON.StopIntent', { extra })).toEqual({ extra });
  });
});

test.describe('requests', () => {
  const plan = (options: Parameters<typeof resolveOptions>[0] = {}) => planOf(resolveOptions({ seed: 1, ...options }), 'http://127.0.0.1:9');

  test('with a model every IntentRequest carries the model\'s slots, resolved, and validates as Alexa\'s', () => {
    const [visit] = fc.sample(visitArbitrary(plan()), { seed: 3, numRuns: 1 });
    if (!visit) throw new Error('no visit');
    const sent = envelope(new RequestIds(), visit, openSession(visit), intentRequest('AddToCartIntent', { item: 'cushion' }));
    expect(validate('alexa/request-envelope', sent)).toEqual([]);
    const item = (sent['request'] as { intent: { slots: Record<string, Slot> } }).intent.slots['item'];
    expect(item?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value).toEqual({ name: 'meditation cushion', id: 'MEDITATION_CUSHION' });
    const unfilled = envelope(new RequestIds(), visit, openSession(visit), intentRequest('CancelSubscriptionIntent'));
    expect((unfilled['request'] as { intent: { slots: unknown } }).intent.slots).toEqual({ productName: { name: 'productName', confirmationStatus: 'NONE' } });
  });

  test('without a model slots stay bare, and the run says so in a note', () => {
    const resolved = resolveOptions({ seed: 1, config: { actions: { AddToShoppingCart: { steps: [{ intent: 'AddToCartIntent', slots: { item: 'mat' } }] } } } });
    expect(resolved.models).toBeUndefined();
    expect(resolved.notes).toEqual([NO_MODEL_NOTE]);
    const [visit] = fc.sample(visitArbitrary(planOf(resolved, 'http://127.0.0.1:9')), { seed: 3, numRuns: 1 });
    if (!visit) throw new Error('no visit');
    const sent = envelope(new RequestIds(), visit, openSession(visit), intentRequest('AddToCartIntent', { item: 'mat' }));
    expect((sent['request'] as { intent: { slots: unknown } }).intent.slots).toEqual({ item: { name: 'item', value: 'mat', confirmationStatus: 'NONE' } });
  });

  test('--interaction-model replaces the config\'s model and resolves against the working directory', () => {
    const resolved = resolveOptions({ seed: 1, config: { interactionModel: 'nowhere.json' }, interactionModel: 'fixtures/skills/reference/skill-package/interactionModels/custom/en-US.json', cwd: ROOT });
    expect(planOf(resolved, 'http://127.0.0.1:9').models?.['en-US']?.intent('RefundIntent')).toBeDefined();
    expect(resolved.notes).toEqual([]);
    expect(reproducer(resolved.replay).replay('RSP-HTTP', 'slots:1')).toContain('--interaction-model fixtures/skills/reference/skill-package/interactionModels/custom/en-US.json');
  });

  test('a model without the refund intent: the refund family is skipped with the reason, and the run notes it', () => {
    const data = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as SkillInteractionModel;
    data.interactionModel.languageModel.intents = data.interactionModel.languageModel.intents.filter((i) => i.name !== 'RefundIntent');
    const resolved = resolveOptions({ seed: 1, config: { actions: { BuyShoppingProducts: { steps: [{ intent: 'BuyIntent' }] } } }, interactionModel: tempFile(JSON.stringify(data)) });
    const without = planOf(resolved, 'http://127.0.0.1:9');
    expect(refund.skip?.(without)).toMatch(/^the interaction model has no RefundIntent, so Alexa cannot send it/);
    expect(resolved.notes).toEqual([expect.stringMatching(/the interaction model of en-US has no RefundIntent: no refund request was sent/)]);
    expect(refund.skip?.(plan())).toBeUndefined();
  });
});

test.describe('slot values', () => {
  test('generated slots of a custom type validate, and a value of the type resolves to its canonical value', () => {
    const model = small();
    const canonical = new Map(model.language.types?.[0]?.values?.flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])].map((p) => [p.toLowerCase(), v.name.value] as const)));
    let matched = 0;
    let unmatched = 0;
    fc.assert(
      fc.property(resolvedSlotArbitrary(model, APP, 'OrderIntent', 'item'), (slot) => {
        expect(validate('alexa/slot', slot)).toEqual([]);
        const resolution = slot.resolutions?.resolutionsPerAuthority?.[0];
        const known = canonical.get((slot.value ?? '').trim().toLowerCase());
        if (known) {
          matched++;
          expect(resolution?.status.code).toBe('ER_SUCCESS_MATCH');
          expect(resolution?.values?.map((v) => v.value.name)).toContain(known);
        } else {
          unmatched++;
          expect(resolution).toEqual({ authority, status: { code: 'ER_SUCCESS_NO_MATCH' } });
        }
      }),
      { seed: 11, numRuns: 300 },
    );
    expect(matched).toBeGreaterThan(30);
    expect(unmatched).toBeGreaterThan(30);
  });

  test('built-in types with a form get values of that form, without resolutions', () => {
    const forms: Record<string, RegExp> = {
      'AMAZON.NUMBER': /^(-?\d+|\?)$/,
      'AMAZON.FOUR_DIGIT_NUMBER': /^\d{4}$/,
      'AMAZON.DATE': /^\d{4}(-\d{2}-\d{2}|-W\d{2}(-WE)?|-\d{2})?$/,
      'AMAZON.TIME': /^(\d{2}:\d{2}|MO|AF|EV|NI)$/,
      'AMAZON.DURATION': /^P(\d+D)?(T(\d+H)?(\d+M)?)?$/,
    };
    for (const [type, form] of Object.entries(forms)) {
      for (const value of fc.sample(slotValueArbitrary(small(), type), { seed: 5, numRuns: 200 })) expect(value, type).toMatch(form);
    }
    const [count] = fc.sample(resolvedSlotArbitrary(small(), APP, 'OrderIntent', 'count'), { seed: 5, numRuns: 1 });
    expect(count?.resolutions).toBeUndefined();
  });

  test('the slots family also fills the slots of the isp steps', () => {
    const config: ConformanceConfig = {
      interactionModel: MODEL_FILE,
      isp: { offer: { steps: [{ intent: 'BuyProductIntent', slots: { productName: 'premium' } }] } },
    };
    const p = planOf(resolveOptions({ seed: 1, config }), 'http://127.0.0.1:9');
    expect(slots.skip?.(p)).toBeUndefined();
    const inputs = fc.sample(slots.arbitrary(p), { seed: 2, numRuns: 50 });
    expect(new Set(inputs.map((i) => i.flow))).toEqual(new Set(['isp.offer']));
    expect(inputs.some((i) => i.values[0] !== undefined && ['premium tips', 'premium', 'tips subscription', 'premium subscription'].includes(i.values[0].toLowerCase()))).toBe(true);
  });

  test('the reference skill passes the slots and refund families with resolved slots', async () => {
    test.setTimeout(120_000);
    const report = await runConformance({ seed: 1, runs: 15, families: ['slots', 'refund'] });
    expect(report.notes).toBeUndefined();
    expect(report.summary.probes).toBeGreaterThan(15);
    expect(report.requirements.filter((r) => r.status === 'fail').map((r) => r.id)).toEqual([]);
  });
});
