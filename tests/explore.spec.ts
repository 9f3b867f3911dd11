/**
 * Exploration (src/explore/): from an interaction model alone, the suite finds the steps that lead to each
 * hand-off. The reference and field skills, their configs' steps removed, are explored in process and the
 * steps found are held against the ones their teams wrote.
 */
import { expect, test } from '@playwright/test';
import { reproducer } from '../src/report/reproduce.js';
import { explores, explorationNotes, withDiscovered } from '../src/explore/apply.js';
import type { Exploration } from '../src/explore/explore.js';
import { explore, replayPath } from '../src/explore/explore.js';
import { InteractionModel } from '../src/config/model.js';
import { serveHandler } from '../fixtures/skills/serve.js';
import { DEFAULT_APPLICATION_ID, type Plan } from '../src/scenarios/plan.js';
import { goalOf, handOffOf } from '../src/explore/hand-off.js';
import { sessionOverBy } from '../src/scenarios/steps.js';

const sessionOver = (body: unknown): boolean => sessionOverBy({ body }) !== undefined;
import { runConformance } from '../src/run/conformance.js';
import { resolveOptions } from '../src/run/options.js';
import { openTarget } from '../src/targets/resolve.js';
import type { ConformanceConfig } from '../src/types/index.js';
import { configOf, configuredGoals, expectNothingFound, exploreSkill, FIELD, goalOrNone, NO_SHOPPING, planFor, REFERENCE, TWO_TURN, withoutSteps, type ExploredSkill } from './helpers/explore.js';

const startConnection = (task: string): unknown => ({
  version: '1.0',
  response: { directives: [{ type: 'Connections.StartConnection', uri: `connection://AMAZON.${task}/1`, input: { products: [{ asin: 'B000000001' }] }, token: 't' }] },
});
const sendRequest = (name: string): unknown => ({
  version: '1.0',
  response: { directives: [{ type: 'Connections.SendRequest', name, payload: { InSkillProduct: { productId: 'amzn1.adg.product.x' } }, token: 't' }], shouldEndSession: true },
});
const speech = (end?: boolean): unknown => ({ version: '1.0', response: { outputSpeech: { type: 'PlainText', text: 'Hi' }, ...(end === undefined ? {} : { shouldEndSession: end }) } });

test.describe('what ends a path', () => {
  test('a shopping StartConnection is its task, a purchase SendRequest its offer or upsell; plain speech is no hand-off', () => {
    expect(handOffOf(startConnection('AddToList'))).toEqual({ task: 'AddToList' });
    expect(goalOf({ task: 'AddToList' })).toBe('actions.AddToList');
    expect(handOffOf(sendRequest('Buy'))).toEqual({ purchase: 'Buy', productId: 'amzn1.adg.product.x' });
    expect(goalOf({ purchase: 'Buy' })).toBe('isp.offer');
    expect(goalOf({ purchase: 'Upsell' })).toBe('isp.premium');
    expect(handOffOf(speech())).toBeUndefined();
    expect(handOffOf(startConnection('Unknown'))).toBeUndefined();
  });

  test('the session is over after a hand-off, shouldEndSession true, or no answer; not after a question', () => {
    expect(sessionOver(startConnection('BuyShoppingProducts'))).toBe(true);
    expect(sessionOver(speech(true))).toBe(true);
    expect(sessionOver(undefined)).toBe(true);
    expect(sessionOver(speech(false))).toBe(false);
    expect(sessionOver(speech())).toBe(false);
  });
});

const found: Exploration = {
  locale: 'en-US',
  seed: 1,
  runs: 10,
  depth: 3,
  paths: 40,
  probes: 30,
  found: [
    { goal: 'actions.BuyShoppingProducts', steps: [{ intent: 'BuyIntent' }] },
    { goal: 'isp.premium', steps: [{ type: 'LaunchRequest' }, { intent: 'TipIntent' }], productId: 'p' },
  ],
};

test.describe('discovered steps in the config', () => {
  test('exploration runs only with a model and no steps at all in the config', () => {
    expect(explores({}, true)).toBe(true);
    expect(explores({ isp: { catalog: 'c.json' } }, true)).toBe(true);
    expect(explores({}, false)).toBe(false);
    expect(explores({ actions: { AddToList: { steps: [{ intent: 'X' }] } } }, true)).toBe(false);
    expect(explores({ isp: { list: { steps: [{ intent: 'X' }] } } }, true)).toBe(false);
  });

  test('each discovered path becomes its key\'s steps; a configured key keeps its own', () => {
    const config = withDiscovered({ locales: ['en-US'] }, found);
    expect(config.actions).toEqual({ BuyShoppingProducts: { steps: [{ intent: 'BuyIntent' }] } });
    expect(config.isp?.premium).toEqual([{ steps: [{ type: 'LaunchRequest' }, { intent: 'TipIntent' }] }]);
    const mine: ConformanceConfig = { actions: { BuyShoppingProducts: { steps: [{ intent: 'MyBuy' }] } } };
    expect(withDiscovered(mine, found).actions?.BuyShoppingProducts).toEqual({ steps: [{ intent: 'MyBuy' }] });
  });

  test('a replay command repeats the exploration flags the run was given, so it explores the same paths', () => {
    const cwd = REFERENCE.dir;
    const replay = reproducer(resolveOptions({ cwd, seed: 3, exploreRuns: 7, exploreDepth: 2 }).replay).replay('SHOP-HANDOVER', 'actions:1');
    expect(replay).toContain('--seed 3 --runs 100 --explore-runs 7 --explore-depth 2 --only SHOP-HANDOVER');
    expect(reproducer(resolveOptions({ cwd, seed: 3 }).replay).replay('SHOP-HANDOVER', 'actions:1')).not.toContain('--explore');
  });

  test('the notes say which steps were discovered and which goals were not found in how many paths', () => {
    const notes = explorationNotes(found);
    expect(notes[0]).toContain('discovered by exploring');
    expect(notes).toContain('actions.BuyShoppingProducts discovered: BuyIntent');
    expect(notes).toContain('isp.premium[0] discovered: LaunchRequest, then TipIntent');
    expect(notes.some((n) => n.startsWith('actions.AddToList not found in 40 paths'))).toBe(true);
    expect(explorationNotes({ ...found, found: [] })[0]).toContain('nothing found');
  });
});

/** Explores the skill in process with its steps removed and holds each configured flow against the one found. */
async function holdsAgainstConfig(s: ExploredSkill): Promise<void> {
  const target = await openTarget({ handler: s.handler }, s.dir);
  try {
    const exploration = await exploreSkill(s, target);
    const discovered = new Map(exploration.found.map((d) => [d.goal, d]));
    const plan = planFor(s);
    for (const [goal, flow] of configuredGoals(configOf(s))) {
      const d = discovered.get(goal);
      expect(d, `${s.name}: ${goal} found`).toBeDefined();
      if (!d) continue;
      expect(d.steps.length, `${s.name}: ${goal} no longer than configured`).toBeLessThanOrEqual(flow.steps.length);
      // The same task: the configured steps, sent the same way, end where the discovered ones do.
      const configuredEnd = await replayPath(target, plan, flow.steps);
      expect(goalOrNone(configuredEnd), `${s.name}: configured ${goal}`).toBe(goal);
      expect(goalOrNone(await replayPath(target, plan, d.steps)), `${s.name}: discovered ${goal}`).toBe(goal);
      // An in-skill offer: the same product.
      if (configuredEnd && 'purchase' in configuredEnd) expect(d.productId, `${s.name}: ${goal} product`).toBe(configuredEnd.productId);
    }
  } finally {
    await target.close();
  }
}

/** A skill that hands over only after three turns in one session: OrderTeaIntent, ChooseSizeIntent, then AMAZON.YesIntent. */
interface SkillEvent {
  session?: { attributes?: Record<string, unknown> };
  request: { type: string; intent?: { name: string; slots?: Record<string, { value?: string }> } };
}

function threeTurnSkill(event: SkillEvent): unknown {
  const state = { ...(event.session?.attributes ?? {}) };
  const intent = event.request.intent?.name;
  const ask = (text: string): unknown => ({ version: '1.0', sessionAttributes: state, response: { outputSpeech: { type: 'PlainText', text }, reprompt: { outputSpeech: { type: 'PlainText', text } }, shouldEndSession: false } });
  if (intent === 'AMAZON.StopIntent') return { version: '1.0', response: { outputSpeech: { type: 'PlainText', text: 'Bye.' }, shouldEndSession: true } };
  if (intent === 'OrderTeaIntent') state['ordered'] = true;
  if (intent === 'ChooseSizeIntent' && state['ordered']) state['sized'] = true;
  if (intent === 'AMAZON.YesIntent' && state['sized']) {
    return { version: '1.0', response: { directives: [{ type: 'Connections.StartConnection', uri: 'connection://AMAZON.AddToShoppingCart/1', input: { products: [{ asin: 'B07PQXG3Z1' }] }, token: 'tea' }] } };
  }
  return ask(state['sized'] ? 'Shall I add it to your cart?' : state['ordered'] ? 'Which size?' : 'Say order tea.');
}

const threeTurnModel = new InteractionModel('three-turn.json', {
  invocationName: 'tea corner',
  intents: ['OrderTeaIntent', 'ChooseSizeIntent', 'AMAZON.YesIntent', 'AMAZON.NoIntent', 'AMAZON.HelpIntent', 'AMAZON.StopIntent'].map((name) => ({ name, samples: [] })),
});

/** A plain plan over a model given in the test, for skills served from the test itself. */
const planOver = (model: InteractionModel): Plan => ({
  config: {},
  configDir: '.',
  seed: 21,
  runs: 1,
  timeoutMs: 8000,
  apiEndpoint: 'http://127.0.0.1:9',
  now: new Date('2026-06-01T00:00:00Z'),
  locales: ['en-US'],
  applicationId: DEFAULT_APPLICATION_ID,
  models: { 'en-US': model },
});

async function exploreServed(skill: (event: SkillEvent) => unknown, model: InteractionModel, runs: number): Promise<Exploration | undefined> {
  const served = await serveHandler(async (event: SkillEvent) => skill(event));
  const target = await openTarget({ endpoint: served.url });
  try {
    return await explore(target, planOver(model), { runs, depth: 5 });
  } finally {
    await target.close();
    await served.close();
  }
}

test('a hand-off three turns deep is found by following the session states the skill reveals, with no random sequence', async () => {
  const exploration = await exploreServed(threeTurnSkill, threeTurnModel, 0);
  expect(exploration?.found).toEqual([{ goal: 'actions.AddToShoppingCart', steps: [{ intent: 'OrderTeaIntent' }, { intent: 'ChooseSizeIntent' }, { intent: 'AMAZON.YesIntent' }] }]);
});

/** Hands over only green tea, the third value of its slot type, and only on AMAZON.YesIntent after it was ordered. */
function greenTeaSkill(event: SkillEvent): unknown {
  const state = { ...(event.session?.attributes ?? {}) };
  const intent = event.request.intent;
  if (intent?.name === 'AMAZON.StopIntent') return { version: '1.0', response: { shouldEndSession: true } };
  if (intent?.name === 'OrderTeaIntent') state['green'] = intent.slots?.['kind']?.value === 'green';
  if (intent?.name === 'AMAZON.YesIntent' && state['green'] === true) {
    return { version: '1.0', response: { directives: [{ type: 'Connections.StartConnection', uri: 'connection://AMAZON.BuyShoppingProducts/1', input: { products: [{ asin: 'B07PQXG3Z1' }] }, token: 'tea' }] } };
  }
  return { version: '1.0', sessionAttributes: state, response: { outputSpeech: { type: 'PlainText', text: 'Which tea?' }, shouldEndSession: false } };
}

const greenTeaModel = new InteractionModel('green-tea.json', {
  invocationName: 'tea corner',
  intents: [
    { name: 'OrderTeaIntent', slots: [{ name: 'kind', type: 'TEA' }], samples: [] },
    ...['AMAZON.YesIntent', 'AMAZON.NoIntent', 'AMAZON.HelpIntent', 'AMAZON.StopIntent'].map((name) => ({ name, samples: [] })),
  ],
  types: [{ name: 'TEA', values: ['black', 'oolong', 'green'].map((value) => ({ name: { value } })) }],
});

test('a slot value the short paths never say is found by the random sequences, and the path kept is its shortest, two turns', async () => {
  expect((await exploreServed(greenTeaSkill, greenTeaModel, 0))?.found).toEqual([]);
  const exploration = await exploreServed(greenTeaSkill, greenTeaModel, 200);
  expect(exploration?.found).toEqual([{ goal: 'actions.BuyShoppingProducts', steps: [{ intent: 'OrderTeaIntent', slots: { kind: 'green' } }, { intent: 'AMAZON.YesIntent' }] }]);
});

test.describe('exploring in process', () => {
  for (const s of [REFERENCE, ...FIELD]) {
    test(`${s.name}: the steps found match the configured ones, or are shorter with the same end`, async () => {
      await holdsAgainstConfig(s);
    });
  }

  test('the same seed explores the same paths and finds the same steps', async () => {
    const target = await openTarget({ handler: REFERENCE.handler }, REFERENCE.dir);
    try {
      const first = await exploreSkill(REFERENCE, target, 5);
      const again = await exploreSkill(REFERENCE, target, 5);
      expect(again).toEqual(first);
      expect(first.paths).toBeGreaterThan(first.runs);
    } finally {
      await target.close();
    }
  });

  test('two-turn: the hand-over after OrderTeaIntent then AMAZON.YesIntent is found', async () => {
    const target = await openTarget({ handler: TWO_TURN.handler }, TWO_TURN.dir);
    try {
      const exploration = await exploreSkill(TWO_TURN, target);
      expect(exploration.found).toEqual([{ goal: 'actions.AddToShoppingCart', steps: [{ intent: 'OrderTeaIntent' }, { intent: 'AMAZON.YesIntent' }] }]);
    } finally {
      await target.close();
    }
  });

  test('the reference with no steps configured: the run uses the discovered steps and the hand-over checks pass on them', async () => {
    const report = await runConformance({ target: { handler: REFERENCE.handler }, config: withoutSteps(configOf(REFERENCE)), cwd: REFERENCE.dir, seed: 4, runs: 3, families: ['actions'] });
    const handover = report.requirements.find((r) => r.id === 'SHOP-HANDOVER');
    expect(handover?.status).toBe('pass');
    expect(handover?.probes).toBeGreaterThan(0);
    expect(report.notes).toContain('actions.AddToShoppingCart discovered: AddToCartIntent, then AMAZON.YesIntent');
  });

  test('a configured step list wins: nothing is explored', async () => {
    const report = await runConformance({ target: { handler: REFERENCE.handler }, config: configOf(REFERENCE), cwd: REFERENCE.dir, seed: 4, runs: 2, families: ['actions'] });
    expect((report.notes ?? []).some((n) => n.includes('discovered'))).toBe(false);
  });
});

test('no-shopping in process: nothing found, exit 0, every SHOP and RESUME requirement not applicable', async () => {
  expectNothingFound(await runConformance({ target: { handler: NO_SHOPPING.handler }, config: withoutSteps(configOf(NO_SHOPPING)), cwd: NO_SHOPPING.dir, seed: 4, runs: 5 }));
});
