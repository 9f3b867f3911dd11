import fc from 'fast-check';
import type { IspMeta, PurchaseName } from '../../checks/isp-meta.js';
import { directivesOf, isObject } from '../../checks/response-shape.js';
import type { Entry } from '../../checks/types.js';
import { catalogArbitrary, entitleAll, sampleCatalog, withEntitlement } from '../../mocks/isp/catalog.js';
import type { IspSetup } from '../../mocks/isp/core.js';
import { FAULTS, type Fault } from '../../mocks/isp/faults.js';
import { probeProducts } from '../../mocks/isp/service.js';
import type { Prober } from '../../run/probe.js';
import type { Exchange } from '../../targets/exchange.js';
import type { Flow, InSkillProduct } from '../../types/index.js';
import { continueSession, envelope, openSession, tokenOf, visitArbitrary, type SessionState, type Visit } from '../envelope.js';
import { RSP, type PropertyFamily } from '../family.js';
import type { Plan } from '../plan.js';
import { stepName, stepRequest } from '../steps.js';

export const ISP = [
  'ISP-ENDPOINT',
  'ISP-AUTH',
  'ISP-LANGUAGE',
  'ISP-QUERY',
  'ISP-OFFER-PURCHASABLE',
  'ISP-FAULTS',
  'ISP-PREMIUM-GATE',
  'ISP-RESPONSE-HANDLED',
  'ISP-PAGINATION',
] as const;

const NAMES: readonly PurchaseName[] = ['Buy', 'Upsell', 'Cancel'];
const RESULTS = ['ACCEPTED', 'DECLINED', 'ALREADY_PURCHASED', 'ERROR', 'NOT_ENTITLED'] as const;

type Scenario = { flow: 'list' } | { flow: 'offer' } | { flow: 'premium'; index: number } | { flow: 'response'; name: PurchaseName };

interface Input {
  scenario: Scenario;
  catalog: InSkillProduct[];
  pageSize: number;
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
  ];
  return flows.length === 0 ? [] : [...flows, ...NAMES.map((name) => ({ flow: 'response', name }) as const)];
}

// One ISP probe in flight per run: a call with a missing or wrong token is then still filed under the
// probe that made it (the MockServer gives such calls to the lone probe in flight), even for an endpoint.
const lanes = new WeakMap<Prober, Promise<unknown>>();
function inLane<T>(probe: Prober, send: () => Promise<T>): Promise<T> {
  const sent = (lanes.get(probe) ?? Promise.resolve()).then(send, send);
  lanes.set(probe, sent.catch(() => undefined));
  return sent;
}

/** Sends an envelope with the mock holding `setup` for its apiAccessToken, and only for as long as it is answered. */
async function sendWith(probe: Prober, request: Record<string, unknown>, setup: IspSetup): Promise<Exchange> {
  const token = tokenOf(request);
  probeProducts.register(token, setup);
  try {
    return await inLane(probe, () => probe.send(request));
  } finally {
    probeProducts.forget(token);
  }
}

/** The entries of one case as they are sent, and how many flow runs it has had. */
interface Walk {
  probe: Prober;
  visit: Visit;
  entries: Entry[];
  runs: number;
}

type FlowMeta = Omit<IspMeta, 'run' | 'step' | 'last'>;

/** A configured flow's steps in one session, each probe served `meta.catalog` (with `meta.fault`). Returns the state after. */
async function runFlow(walk: Walk, flow: Flow, meta: FlowMeta, label: string, start: SessionState = openSession(walk.visit)): Promise<SessionState> {
  const run = walk.runs++;
  const setup: IspSetup = { catalog: meta.catalog, pageSize: meta.pageSize, ...(meta.fault ? { fault: meta.fault as Fault } : {}) };
  let state = start;
  for (const [step, request] of flow.steps.entries()) {
    const exchange = await sendWith(walk.probe, envelope(walk.visit, state, stepRequest(request)), setup);
    const last = step === flow.steps.length - 1;
    walk.entries.push({ label: `${label} step ${step + 1} ${stepName(request)}`, role: 'isp', exchange, meta: { isp: { ...meta, run, step, last } } });
    state = continueSession(state, exchange.body);
  }
  return state;
}

/** Each slot value of the offer steps names a PURCHASABLE product, so a skill that offers what was asked for finds it. */
function offerCatalog(flow: Flow, generated: InSkillProduct[]): InSkillProduct[] {
  const catalog = generated.length > 0 ? [...generated] : sampleCatalog();
  const last = catalog.at(-1);
  if (last && !catalog.some((p) => p.purchasable === 'PURCHASABLE')) catalog[catalog.length - 1] = { ...last, purchasable: 'PURCHASABLE' };
  const names = [...new Set(flow.steps.flatMap((s) => ('slots' in s ? Object.values(s.slots ?? {}) : [])))];
  let next = 0;
  return catalog.map((p) => {
    const name = p.purchasable === 'PURCHASABLE' ? names[next++] : undefined;
    return name === undefined ? p : { ...p, name, referenceName: name.replace(/\s+/g, '_') };
  });
}

/** The catalog after a purchase flow ended with `result`: a purchase entitles, a cancellation does not. */
function afterPurchase(catalog: InSkillProduct[], productId: string, name: PurchaseName, result: string): InSkillProduct[] {
  const entitled = name === 'Cancel' ? (result === 'ACCEPTED' ? 'NOT_ENTITLED' : undefined) : ['ACCEPTED', 'ALREADY_PURCHASED'].includes(result) ? 'ENTITLED' : undefined;
  return entitled ? catalog.map((p) => (p.productId === productId ? withEntitlement(p, entitled) : p)) : catalog;
}

/** The purchase request a response carries, if any. */
function sendRequestOf(body: unknown): { token?: string; productId?: string } | undefined {
  const directive = directivesOf(body).find((d) => d['type'] === 'Connections.SendRequest' && NAMES.includes(d['name'] as PurchaseName));
  if (!directive) return undefined;
  const payload = isObject(directive['payload']) ? directive['payload'] : {};
  const product = isObject(payload['InSkillProduct']) ? payload['InSkillProduct'] : {};
  return {
    ...(typeof directive['token'] === 'string' && directive['token'] !== '' ? { token: directive['token'] } : {}),
    ...(typeof product['productId'] === 'string' ? { productId: product['productId'] } : {}),
  };
}

async function premium(walk: Walk, plan: Plan, input: Input, index: number): Promise<void> {
  const flow = plan.config.isp?.premium?.[index];
  if (!flow) return;
  const base = { flow: 'premium', premium: index, pageSize: input.pageSize } as const;
  const catalog = input.catalog.length > 0 ? input.catalog : sampleCatalog();
  if (input.fault) {
    await runFlow(walk, flow, { ...base, catalog: entitleAll(catalog, 'NOT_ENTITLED'), entitled: 'NOT_ENTITLED', fault: input.fault }, `isp premium ${index + 1} fault ${input.fault}`);
    return;
  }
  await runFlow(walk, flow, { ...base, catalog: entitleAll(catalog, 'ENTITLED'), entitled: 'ENTITLED' }, `isp premium ${index + 1} ENTITLED`);
  const compareAt = walk.entries.length - 1;
  await runFlow(walk, flow, { ...base, catalog: entitleAll(catalog, 'NOT_ENTITLED'), entitled: 'NOT_ENTITLED' }, `isp premium ${index + 1} NOT_ENTITLED`);
  const last = walk.entries.at(-1)?.meta['isp'] as IspMeta | undefined;
  if (last) last.compareAt = compareAt;
}

/**
 * The offer steps (else the first premium entry, not entitled) issue a purchase request; Connections.Response
 * then comes back named `name` with each purchaseResult and the token the skill issued.
 */
async function responses(walk: Walk, plan: Plan, input: Input, name: PurchaseName): Promise<void> {
  const isp = plan.config.isp ?? {};
  const offer = isp.offer;
  const issuer = offer ?? isp.premium?.[0];
  const catalog = offer ? offerCatalog(offer, input.catalog) : entitleAll(input.catalog.length > 0 ? input.catalog : sampleCatalog(), 'NOT_ENTITLED');
  let state = openSession(walk.visit);
  let issued: { token?: string; productId?: string } | undefined;
  if (issuer) {
    const meta: FlowMeta = offer ? { flow: 'offer', catalog, pageSize: input.pageSize } : { flow: 'premium', premium: 0, entitled: 'NOT_ENTITLED', catalog, pageSize: input.pageSize };
    state = await runFlow(walk, issuer, meta, `isp ${offer ? 'offer' : 'premium 1 NOT_ENTITLED'} before Connections.Response ${name}`);
    issued = sendRequestOf(walk.entries.at(-1)?.exchange.body);
  }
  const productId = issued?.productId ?? catalog[0]?.productId ?? 'amzn1.adg.product.unknown';
  const run = walk.runs++;
  for (const [step, purchaseResult] of RESULTS.entries()) {
    const token = issued?.token;
    const request = {
      type: 'Connections.Response',
      name,
      status: { code: '200', message: 'OK' },
      payload: { purchaseResult, productId },
      token: token ?? 'asc.no-purchase-request-was-issued',
    };
    const after = afterPurchase(catalog, productId, name, purchaseResult);
    const exchange = await sendWith(walk.probe, envelope(walk.visit, state, request), { catalog: after, pageSize: input.pageSize });
    const meta: IspMeta = { flow: 'response', run, step, last: true, catalog: after, pageSize: input.pageSize, name, purchaseResult, token: token ? 'issued' : 'unknown' };
    walk.entries.push({ label: `isp Connections.Response ${name} ${purchaseResult}`, role: 'isp', exchange, meta: { isp: meta } });
  }
}

/**
 * In-skill products (DESIGN.md, config `isp`): the list, offer and premium steps against catalogs the
 * product-service mock generates per case (truncated into pages), again with the service failing, and the
 * Connections.Response of each purchase request with each purchaseResult.
 */
export const isp: PropertyFamily<Input> = {
  kind: 'property',
  name: 'isp',
  requirements: [...RSP, ...ISP],
  skip: (plan) => (scenariosOf(plan).length > 0 ? undefined : 'the config declares no isp steps (isp.list, isp.offer or isp.premium)'),
  arbitrary: (plan) =>
    fc
      .record({
        // A response case costs six probes; the flows get most of the cases.
        scenario: fc.oneof(...scenariosOf(plan).map((s) => ({ arbitrary: fc.constant(s), weight: s.flow === 'response' ? 1 : 4 }))),
        catalog: catalogArbitrary({ maxLength: 10 }),
        pageSize: fc.integer({ min: 1, max: 4 }),
        // Slow answers cost the skill's own guard time each, so random cases fail fast; the examples go slow.
        fault: fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: fc.constantFrom<Fault>('400', '401', '404', '500'), weight: 1 }),
        visit: visitArbitrary(plan),
      })
      .map(({ fault, ...input }): Input => (fault && input.scenario.flow !== 'response' ? { ...input, fault } : input)),
  // Every scenario once with a catalog that pages (5 products, 2 a page; the first not purchasable), then
  // with each status fault, before the random cases. A slow answer costs the skill's own guard time (the
  // reference's 1.5 s), so the first flow alone gets one: a skill's guard is one helper, like its listing.
  examples: (plan) => {
    const [visit] = fc.sample(visitArbitrary(plan), { seed: plan.seed, numRuns: 1 });
    const [generated] = fc.sample(catalogArbitrary({ minLength: 5, maxLength: 5 }), { seed: plan.seed, numRuns: 1 });
    if (!visit || !generated) return [];
    const catalog = generated.map((p, i): InSkillProduct => (i < 2 ? { ...p, purchasable: i === 0 ? 'NOT_PURCHASABLE' : 'PURCHASABLE' } : p));
    const base = { catalog, pageSize: 2, visit };
    const scenarios = scenariosOf(plan);
    return [
      ...scenarios.map((scenario) => ({ ...base, scenario })),
      ...scenarios.filter((s) => s.flow !== 'response').flatMap((scenario, i) => FAULTS.filter((f) => f !== 'slow' || i === 0).map((fault) => ({ ...base, scenario, fault }))),
    ];
  },
  run: async (input, probe, plan) => {
    const walk: Walk = { probe, visit: input.visit, entries: [], runs: 0 };
    const { scenario, pageSize, fault } = input;
    const faulted = fault ? { fault } : {};
    const isp = plan.config.isp ?? {};
    if (scenario.flow === 'list' && isp.list) {
      await runFlow(walk, isp.list, { flow: 'list', catalog: input.catalog, pageSize, ...faulted }, `isp list${fault ? ` fault ${fault}` : ''}`);
    } else if (scenario.flow === 'offer' && isp.offer) {
      await runFlow(walk, isp.offer, { flow: 'offer', catalog: offerCatalog(isp.offer, input.catalog), pageSize, ...faulted }, `isp offer${fault ? ` fault ${fault}` : ''}`);
    } else if (scenario.flow === 'premium') {
      await premium(walk, plan, input, scenario.index);
    } else if (scenario.flow === 'response') {
      await responses(walk, plan, input, scenario.name);
    }
    return walk.entries;
  },
};
