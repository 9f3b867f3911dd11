/**
 * Hand-built traces of the ISP family for the ISP-* checks: entries of a flow with the product calls the skill made
 * and what the product service answered.
 */
import type { IspMeta } from '../../src/checks/isp-meta.js';
import type { Entry, Trace } from '../../src/checks/types.js';
import { sampleCatalog } from '../../src/mocks/isp/catalog.js';
import { PRODUCTS_PATH } from '../../src/mocks/isp/paths.js';
import type { OutboundCall } from '../../src/targets/exchange.js';

export const API = 'http://127.0.0.1:4000';
export const TOKEN = 'asc.token';
// The sample's three products with the first made NOT_PURCHASABLE; the third is PURCHASABLE.
export const CATALOG = sampleCatalog().map((p, i) => (i === 0 ? { ...p, purchasable: 'NOT_PURCHASABLE' as const } : p));

/** A product listing call at the request's apiEndpoint, with its token and locale, answered 200 with CATALOG. */
export const call = (query = '', over: Partial<OutboundCall> = {}): OutboundCall => ({
  method: 'GET',
  url: `${API}${PRODUCTS_PATH}${query}`,
  headers: { authorization: `Bearer ${TOKEN}`, 'accept-language': 'en-US' },
  status: 200,
  answer: { inSkillProducts: CATALOG, isTruncated: false, nextToken: null },
  ...over,
});
/** A one-product page, truncated when it has a nextToken. */
export const page = (nextToken: string | null) => ({ inSkillProducts: CATALOG.slice(0, 1), isTruncated: nextToken !== null, nextToken });
export const speech = (text: string) => ({ version: '1.0', response: { outputSpeech: { type: 'PlainText', text } } });
export const offer = (name: string, productId: string) => ({
  version: '1.0',
  response: { directives: [{ type: 'Connections.SendRequest', name, payload: { InSkillProduct: { productId } }, token: 't' }] },
});
export const ssmlAnswer = (markup: string, end: boolean) => ({ version: '1.0', response: { outputSpeech: { type: 'SSML', ssml: markup }, shouldEndSession: end } });

/** An entry whose request carries API and TOKEN (locale en-US); an ISP entry of a list flow when `meta` is given, else a plain step. */
export function ispEntry(calls: OutboundCall[], body: unknown = speech('Okay.'), meta?: Partial<IspMeta>, over: Partial<Entry['exchange']> = {}): Entry {
  const request = { version: '1.0', context: { System: { apiEndpoint: API, apiAccessToken: TOKEN } }, request: { type: 'IntentRequest', locale: 'en-US' } };
  const isp: IspMeta = { flow: 'list', run: 0, step: 0, last: true, catalog: CATALOG, ...meta };
  return { label: 'case', role: meta ? 'isp' : 'step', exchange: { request, status: 200, body, bytes: 10, ms: 5, outbound: calls, ...over }, meta: meta ? { isp } : {} };
}

export const ispTrace = (entries: Entry[]): Trace => ({ family: 'isp', caseId: 'isp:0', entries });

/** The entry's request as an intent whose slot says `value` (resolved to `canonical` when given). */
export function asking(e: Entry, value: string, canonical?: string): Entry {
  const resolutions = canonical === undefined ? {} : { resolutions: { resolutionsPerAuthority: [{ authority: 'a', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: canonical, id: 'x' } }] }] } };
  const request = e.exchange.request as { request: Record<string, unknown> };
  const intent = { name: 'BuyProductIntent', confirmationStatus: 'NONE', slots: { product: { name: 'product', value, confirmationStatus: 'NONE', ...resolutions } } };
  return { ...e, exchange: { ...e.exchange, request: { ...request, request: { ...request.request, intent } } } };
}

// A team's listing: a subscription for sale, an archive neither owned nor for sale, a pack the customer owns.
export const LISTED = [
  { ...CATALOG[0]!, productId: 'p.1', name: 'Premium Tips', entitled: 'NOT_ENTITLED' as const, purchasable: 'PURCHASABLE' as const },
  { ...CATALOG[0]!, productId: 'p.2', name: 'Tips Archive', entitled: 'NOT_ENTITLED' as const, purchasable: 'NOT_PURCHASABLE' as const },
  { ...CATALOG[1]!, productId: 'p.3', name: 'Breathing Basics' },
];
// The sample's products with the first one for sale and not owned: one product the customer could buy.
export const OPEN = CATALOG.map((p, i) => (i === 0 ? { ...p, purchasable: 'PURCHASABLE' as const } : p));

/** A premium run: `entitled` side, its run number, and (not entitled) the entitled answers it is compared with. */
export const premiumAt = (run: number, entitled: 'ENTITLED' | 'NOT_ENTITLED', catalog = CATALOG): Partial<IspMeta> => ({
  flow: 'premium',
  run,
  entitled,
  catalog,
  ...(entitled === 'NOT_ENTITLED' ? { entitledAt: [0, 1, 2] } : {}),
});
/** Three entitled answers, then the not-entitled ones. */
export const gate = (entitled: string[], notEntitled: unknown[]): Entry[] => [
  ...entitled.map((text, run) => ispEntry([call()], speech(text), premiumAt(run, 'ENTITLED'))),
  ...notEntitled.map((body, i) => ispEntry([call()], body, premiumAt(3 + i, 'NOT_ENTITLED', OPEN))),
];

/** The consume steps' allowed uses, each its own run, then the use past the units compared with them. */
export const uses = (allowed: string[], past: unknown): Entry[] => [
  ...allowed.map((text, run) => ispEntry([call()], speech(text), { flow: 'consume', run, units: allowed.length, usesPerUnit: 1 })),
  ispEntry([call()], past, { flow: 'consume', run: allowed.length, units: allowed.length, usesPerUnit: 1, allowedAt: allowed.map((_, i) => i) }),
];
