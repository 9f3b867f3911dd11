import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import type { IspMeta, PurchaseName } from '../../checks/isp-meta.js';
import { directivesOf, isObject } from '../../checks/response-shape.js';
import type { Entry } from '../../checks/types.js';
import { buyable, catalogArbitrary, entitleAll, largeCatalog, notForSale, purchased, realistic, sampleCatalog, withEntitlement } from '../../mocks/isp/catalog.js';
import { MAX_PAGE } from '../../mocks/isp/paging.js';
import type { IspCore, IspSetup } from '../../mocks/isp/core.js';
import { FAULTS, type Fault } from '../../mocks/isp/faults.js';
import type { Prober } from '../prober.js';
import type { Exchange } from '../../targets/exchange.js';
import type { Flow, InSkillProduct } from '../../types/index.js';
import { continueSession, envelope, nthSession, tokenOf, visitArbitrary, type SessionState, type Visit } from '../envelope.js';
import { type PropertyFamily } from '../family.js';
import type { Plan } from '../plan.js';
import { sessionOverBy, stepName, stepRequest } from '../steps.js';

const NAMES: readonly PurchaseName[] = ['Buy', 'Upsell', 'Cancel'];
const OFFERED = ['Buy', 'Upsell'] as const;
const RESULTS = ['ACCEPTED', 'DECLINED', 'ALREADY_PURCHASED', 'ERROR', 'NOT_ENTITLED'] as const;

type Scenario = { flow: 'list' } | { flow: 'offer' } | { flow: 'premium'; index: number } | { flow: 'response'; name: (typeof OFFERED)[number] } | { flow: 'consume' };

interface Input {
  scenario: Scenario;
  /** The products as this customer sees them in this case: the config's isp.catalog (states varied), else generated. */
  catalog: InSkillProduct[];
  fault?: Fault;
  visit: Visit;
}

/** The scenarios the config's isp keys call for; none when it has no list, offer or premium steps. */
function scenariosOf(plan: Plan): Scenario[] {
  const isp = plan.config.isp ?? {};
  const flows: Scenario[] = [
    ...(isp.list ? [{ flow: 'list' } as const] : []),
    ...(isp.offer ? [{ flow: 'offer' } as const] : []),
    ...(isp.premium ?? []).map((_, index) => ({ flow: 'premium', index }) as const),
    // A team's catalog without a consumable has nothing the consume steps could use.
    ...(isp.consume && (!plan.ispCatalog || plan.ispCatalog.some((p) => p.type === 'CONSUMABLE')) ? [{ flow: 'consume' } as const] : []),
  ];
  // A Connections.Response follows the purchase request the skill issued: configured steps lead to Buy and Upsell.
  return flows.length === 0 ? [] : [...flows, ...OFFERED.map((name) => ({ flow: 'response', name }) as const)];
}

/** Sends an envelope with the run's mock holding `setup` for its apiAccessToken, and only for as long as it is answered. */
async function sendWith(walk: Walk, request: Record<string, unknown>, setup: IspSetup): Promise<Exchange> {
  const token = tokenOf(request);
  walk.products.register(token, setup);
  try {
    return await walk.prober.send(request);
  } finally {
    walk.products.forget(token);
  }
}

/** The entries of one case as they are sent, and how many flow runs it has had. */
interface Walk {
  prober: Prober;
  products: IspCore;
  visit: Visit;
  entries: Entry[];
  runs: number;
}

type FlowMeta = Omit<IspMeta, 'run' | 'step' | 'last'>;

/**
 * A configured flow's steps in one session (a new one, with an id of its own, unless `start` continues one), each
 * probe served `meta.catalog` (with `meta.fault`). Returns the state after.
 */
async function runFlow(walk: Walk, flow: Flow, meta: FlowMeta, label: string, start?: SessionState): Promise<SessionState> {
  const run = walk.runs++;
  const setup: IspSetup = { catalog: meta.catalog, ...(meta.fault ? { fault: meta.fault as Fault } : {}) };
  let state = start ?? nthSession(walk.visit, run);
  for (const [step, request] of flow.steps.entries()) {
    const exchange = await sendWith(walk, envelope(walk.prober.ids, walk.visit, state, stepRequest(request)), setup);
    // As runSteps: nothing follows a step after which Alexa would send nothing more in the session.
    const last = step === flow.steps.length - 1 || sessionOverBy(exchange) !== undefined;
    walk.entries.push({ label: `${label} step ${step + 1} ${stepName(request)}`, role: 'isp', exchange, meta: { isp: { ...meta, run, step, last } } });
    state = continueSession(state, exchange.body);
    if (last) break;
  }
  return state;
}

/**
 * The offer steps' catalog. The team's own is served as it is (its names are the skill's). A generated one
 * gets at least one product the customer could buy, and its buyable products take the offer steps' slot
 * values as names, so a skill that offers what was asked for finds it.
 */
function offerCatalog(flow: Flow, catalog: InSkillProduct[], configured: boolean): InSkillProduct[] {
  if (configured) return catalog;
  const out = catalog.length > 0 ? [...catalog] : sampleCatalog();
  const last = out.at(-1);
  if (last && buyable(out) === 0) out[out.length - 1] = { ...withEntitlement(last, 'NOT_ENTITLED'), purchasable: 'PURCHASABLE' };
  const names = [...new Set(flow.steps.flatMap((s) => ('slots' in s ? Object.values(s.slots ?? {}) : [])))];
  let next = 0;
  return out.map((p) => {
    const name = buyable([p]) > 0 ? names[next++] : undefined;
    return name === undefined ? p : { ...p, name, referenceName: name.replace(/\s+/g, '_') };
  });
}

/** The catalog after a purchase flow ended with `result`: a purchase entitles (a consumable counts one unit more), a cancellation does not. */
function afterPurchase(catalog: InSkillProduct[], productId: string, name: PurchaseName, result: string): InSkillProduct[] {
  const change = (p: InSkillProduct): InSkillProduct => {
    if (name === 'Cancel') return result === 'ACCEPTED' ? withEntitlement(p, 'NOT_ENTITLED') : p;
    if (result === 'ACCEPTED') return purchased(p);
    return result === 'ALREADY_PURCHASED' ? withEntitlement(p, 'ENTITLED') : p;
  };
  return catalog.map((p) => (p.productId === productId ? change(p) : p));
}

/** The purchase request a response carries, if any. */
function sendRequestOf(body: unknown): { name: PurchaseName; token?: string; productId?: string } | undefined {
  const directive = directivesOf(body).find((d) => d['type'] === 'Connections.SendRequest' && NAMES.includes(d['name'] as PurchaseName));
  if (!directive) return undefined;
  const payload = isObject(directive['payload']) ? directive['payload'] : {};
  const product = isObject(payload['InSkillProduct']) ? payload['InSkillProduct'] : {};
  return {
    name: directive['name'] as PurchaseName,
    ...(typeof directive['token'] === 'string' && directive['token'] !== '' ? { token: directive['token'] } : {}),
    ...(typeof product['productId'] === 'string' ? { productId: product['productId'] } : {}),
  };
}

// Each side of the premium gate runs this often: one answer a side cannot tell a gate from chance.
const GATE_RUNS = 3;

/**
 * The premium steps with every product owned (a subscription or one-time purchase then NOT_PURCHASABLE),
 * then with none owned: twice as the case has them for sale, once with nothing for sale. The not-entitled
 * answers are each compared with every entitled one.
 */
async function premium(walk: Walk, plan: Plan, input: Input, index: number): Promise<void> {
  const flow = plan.config.isp?.premium?.[index];
  if (!flow) return;
  const base = { flow: 'premium', premium: index } as const;
  const catalog = input.catalog.length > 0 ? input.catalog : sampleCatalog();
  const notEntitled = entitleAll(catalog, 'NOT_ENTITLED');
  if (input.fault) {
    await runFlow(walk, flow, { ...base, catalog: notEntitled, entitled: 'NOT_ENTITLED', fault: input.fault }, `isp premium ${index + 1} fault ${input.fault}`);
    return;
  }
  const entitledAt: number[] = [];
  for (let i = 0; i < GATE_RUNS; i++) {
    await runFlow(walk, flow, { ...base, catalog: entitleAll(catalog, 'ENTITLED'), entitled: 'ENTITLED' }, `isp premium ${index + 1} ENTITLED run ${i + 1}`);
    entitledAt.push(walk.entries.length - 1);
  }
  for (let i = 0; i < GATE_RUNS; i++) {
    const forSale = i < GATE_RUNS - 1;
    const label = `isp premium ${index + 1} NOT_ENTITLED ${forSale ? `run ${i + 1}` : 'nothing for sale'}`;
    await runFlow(walk, flow, { ...base, catalog: forSale ? notEntitled : notForSale(notEntitled), entitled: 'NOT_ENTITLED' }, label);
    const last = walk.entries.at(-1)?.meta['isp'] as IspMeta | undefined;
    if (last?.last) last.entitledAt = entitledAt;
  }
}

/**
 * The visit of a customer of their own: a new account id, the same in the session and in the context, as Alexa
 * sends it. Random, so that no inventory a skill stores carries over from another case, or from an earlier run of
 * the same seed against the same store.
 */
function newCustomer(visit: Visit): Visit {
  const userId = `amzn1.ask.account.${randomBytes(32).toString('hex').toUpperCase()}`;
  return {
    ...visit,
    session: { ...visit.session, user: { ...visit.session.user, userId } },
    context: { ...visit.context, System: { ...visit.context.System, user: { ...visit.context.System.user, userId } } },
  };
}

// Above this many uses a case buys one unit rather than two: a generous usesPerUnit costs fewer probes.
const MAX_USES = 12;

/**
 * A customer who bought `units` of each consumable (1, or 2 when the uses stay few) runs the consume steps,
 * each time in a new session, as often as the units allow (units x isp.usesPerUnit), then once more: that
 * last answer is compared with the allowed ones. The service's activeEntitlementCount stays the units bought,
 * as the page says it does, so only the skill's own inventory can tell the uses apart. Each case is a new
 * customer (newCustomer), so no inventory carries over from another case.
 */
async function consume(walk: Walk, plan: Plan, input: Input, flow: Flow): Promise<void> {
  const usesPerUnit = plan.config.isp?.usesPerUnit ?? 1;
  const base = input.catalog.length > 0 ? input.catalog : sampleCatalog();
  const generated = plan.ispCatalog === undefined;
  // A generated catalog gets exactly one consumable, so a skill that uses "the" consumable uses the one counted.
  const first = base.findIndex((p) => p.type === 'CONSUMABLE');
  const catalog = generated ? base.filter((p, i) => p.type !== 'CONSUMABLE' || i === first) : base;
  if (generated && first < 0 && catalog[0]) catalog[0] = { ...catalog[0], type: 'CONSUMABLE', entitled: 'NOT_ENTITLED', activeEntitlementCount: 0 } as InSkillProduct;
  const units = 2 * usesPerUnit + 1 <= MAX_USES && catalog.length % 2 === 0 ? 2 : 1;
  const owned = catalog.map((p) => (p.type === 'CONSUMABLE' ? ({ ...withEntitlement(p, 'ENTITLED'), activeEntitlementCount: units } as InSkillProduct) : p));
  // Every allowed use is sent, however many: the one after them is only a fair test once they are all spent.
  const allowed = units * usesPerUnit;
  walk.visit = newCustomer(walk.visit);
  const allowedAt: number[] = [];
  for (let use = 0; use <= allowed; use++) {
    const label = use < allowed ? `isp consume use ${use + 1} of ${allowed}` : `isp consume use ${use + 1}, past the ${allowed} allowed`;
    await runFlow(walk, flow, { flow: 'consume', catalog: owned, units, usesPerUnit }, label);
    const last = walk.entries.at(-1)?.meta['isp'] as IspMeta | undefined;
    if (use < allowed) allowedAt.push(walk.entries.length - 1);
    else if (last?.last) last.allowedAt = allowedAt;
  }
}

/**
 * The steps that lead to a purchase request of `wanted` run (Buy: the offer steps, else the first premium entry,
 * not entitled; Upsell: that premium entry, else the offer steps); if the skill issued one, Connections.Response
 * comes back with each purchaseResult, named as the request the skill issued and carrying its token. Alexa sends
 * no Connections.Response without a purchase request, so a skill that issued none gets none.
 */
async function responses(walk: Walk, plan: Plan, input: Input, wanted: Exclude<PurchaseName, 'Cancel'>): Promise<void> {
  const isp = plan.config.isp ?? {};
  const premium = isp.premium?.[0];
  const offer = wanted === 'Buy' || !premium ? isp.offer : undefined;
  const issuer = offer ?? premium;
  if (!issuer) return;
  const catalog = offer ? offerCatalog(offer, input.catalog, plan.ispCatalog !== undefined) : entitleAll(input.catalog.length > 0 ? input.catalog : sampleCatalog(), 'NOT_ENTITLED');
  const meta: FlowMeta = offer ? { flow: 'offer', catalog } : { flow: 'premium', premium: 0, entitled: 'NOT_ENTITLED', catalog };
  const state = await runFlow(walk, issuer, meta, `isp ${offer ? 'offer' : 'premium 1 NOT_ENTITLED'} before Connections.Response`);
  const issued = sendRequestOf(walk.entries.at(-1)?.exchange.body);
  if (!issued) return;
  const { name, token } = issued;
  const productId = issued.productId ?? catalog[0]?.productId ?? 'amzn1.adg.product.unknown';
  const run = walk.runs++;
  for (const [step, purchaseResult] of RESULTS.entries()) {
    const request = {
      type: 'Connections.Response',
      name,
      status: { code: '200', message: 'OK' },
      payload: { purchaseResult, productId },
      ...(token !== undefined ? { token } : {}),
    };
    const after = afterPurchase(catalog, productId, name, purchaseResult);
    const exchange = await sendWith(walk, envelope(walk.prober.ids, walk.visit, state, request), { catalog: after });
    const meta: IspMeta = { flow: 'response', run, step, last: true, catalog: after, name, purchaseResult, token: token ? 'issued' : 'unknown' };
    walk.entries.push({ label: `isp Connections.Response ${name} ${purchaseResult}`, role: 'isp', exchange, meta: { isp: meta } });
  }
}

/** The team's product in a state this case gives it: owned or not, for sale or not (an owned one-time purchase never is). */
const varied = (p: InSkillProduct, entitled: boolean, forSale: boolean): InSkillProduct =>
  realistic({ ...withEntitlement(p, entitled ? 'ENTITLED' : 'NOT_ENTITLED'), purchasable: forSale ? 'PURCHASABLE' : 'NOT_PURCHASABLE' });

/** Every second product not owned and not for sale (a country or device where it is not offered); the rest as they are. */
const everySecondWithheld = (catalog: InSkillProduct[]): InSkillProduct[] =>
  catalog.map((p, i) => (i % 2 === 0 ? { ...withEntitlement(p, 'NOT_ENTITLED'), purchasable: 'NOT_PURCHASABLE' } : p));

/** The catalogs of the random cases: the team's products in varied states, else generated ones. */
function catalogsOf(plan: Plan): fc.Arbitrary<InSkillProduct[]> {
  const own = plan.ispCatalog;
  if (!own) return catalogArbitrary({ maxLength: 10 });
  const state = fc.record({ entitled: fc.boolean(), forSale: fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, { arbitrary: fc.constant(false), weight: 1 }) });
  return fc.array(state, { minLength: own.length, maxLength: own.length }).map((states) => own.map((p, i) => (states[i] ? varied(p, states[i].entitled, states[i].forSale) : p)));
}

/**
 * In-skill products (the README's `isp` config): the list, offer and premium steps against the team's own
 * catalog (config isp.catalog; else catalogs the product-service mock generates), again with the service
 * failing, and the Connections.Response of each purchase request with each purchaseResult. The service
 * pages as the real one does: only past the request's maxResults (default 100), so without a catalog of
 * the team's the examples include one of more than 100 products.
 */
export const isp: PropertyFamily<Input> = {
  kind: 'property',
  name: 'isp',
  skip: (plan) => (scenariosOf(plan).length > 0 ? undefined : 'the config declares no isp steps (isp.list, isp.offer, isp.premium or isp.consume)'),
  arbitrary: (plan) =>
    fc
      .record({
        // A response case costs six probes; the flows get most of the cases.
        scenario: fc.oneof(...scenariosOf(plan).map((s) => ({ arbitrary: fc.constant(s), weight: s.flow === 'response' || s.flow === 'consume' ? 1 : 4 }))),
        catalog: catalogsOf(plan),
        // Slow answers cost the skill's own guard time each, so random cases fail fast; the examples go slow.
        fault: fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: fc.constantFrom<Fault>('400', '401', '404', '500'), weight: 1 }),
        visit: visitArbitrary(plan),
      })
      .map(({ fault, ...input }): Input => (fault && input.scenario.flow !== 'response' && input.scenario.flow !== 'consume' ? { ...input, fault } : input)),
  // Every scenario once with the team's catalog as configured (else a generated one of five products, the
  // first not purchasable, the second buyable), then with each status fault, before the random cases; without
  // a catalog of the team's, each flow once more with more products than a page holds. A slow answer costs the
  // skill's own guard time (the reference's 1.5 s), so the first flow alone gets one: a skill's guard is one
  // helper, like its listing.
  examples: (plan) => {
    const [generated] = fc.sample(catalogArbitrary({ minLength: 5, maxLength: 5 }), { seed: plan.seed, numRuns: 1 });
    if (!generated) return [];
    const five = generated.map((p, i): InSkillProduct => (i === 0 ? { ...p, purchasable: 'NOT_PURCHASABLE' } : i === 1 ? { ...withEntitlement(p, 'NOT_ENTITLED'), purchasable: 'PURCHASABLE' } : p));
    const catalog = plan.ispCatalog ? plan.ispCatalog.map(realistic) : five;
    const scenarios = scenariosOf(plan);
    const flows = scenarios.filter((s) => s.flow !== 'response' && s.flow !== 'consume');
    const examples: Omit<Input, 'visit'>[] = [
      ...scenarios.map((scenario) => ({ catalog, scenario })),
      ...flows.flatMap((scenario, i) => FAULTS.filter((f) => f !== 'slow' || i === 0).map((fault) => ({ catalog, scenario, fault }))),
      ...(plan.ispCatalog ? [] : flows.map((scenario) => ({ catalog: largeCatalog(five, MAX_PAGE + 1 + (plan.seed >>> 0) % 20), scenario }))),
      // The listing again with every second product neither owned nor for sale: what it says must not offer those.
      ...scenarios.filter((s) => s.flow === 'list').map((scenario) => ({ catalog: everySecondWithheld(catalog), scenario })),
    ];
    // Each example a customer of its own, as the random cases are: one customer's requests go to one container
    // (a skill may keep state per customer), so a slow answer to one holds no other.
    const visits = fc.sample(visitArbitrary(plan), { seed: plan.seed, numRuns: examples.length });
    return examples.flatMap((example, i) => (visits[i] ? [{ ...example, visit: visits[i] }] : []));
  },
  // The slow service costs the skill its guard time (the reference's 1.5 s): probed first, that wait overlaps the rest.
  startsFirst: (input) => input.fault === 'slow',
  run: async (input, prober, plan) => {
    const walk: Walk = { prober, products: prober.products, visit: input.visit, entries: [], runs: 0 };
    const { scenario, fault } = input;
    const faulted = fault ? { fault } : {};
    const isp = plan.config.isp ?? {};
    if (scenario.flow === 'list' && isp.list) {
      await runFlow(walk, isp.list, { flow: 'list', catalog: input.catalog, ...faulted }, `isp list${fault ? ` fault ${fault}` : ''}`);
    } else if (scenario.flow === 'offer' && isp.offer) {
      await runFlow(walk, isp.offer, { flow: 'offer', catalog: offerCatalog(isp.offer, input.catalog, plan.ispCatalog !== undefined), ...faulted }, `isp offer${fault ? ` fault ${fault}` : ''}`);
    } else if (scenario.flow === 'premium') {
      await premium(walk, plan, input, scenario.index);
    } else if (scenario.flow === 'response') {
      await responses(walk, plan, input, scenario.name);
    } else if (scenario.flow === 'consume' && isp.consume) {
      await consume(walk, plan, input, isp.consume);
    }
    return walk.entries;
  },
};
