/** ISP-*: how the skill uses the In-Skill Product Service and the purchase flow (002_285a14a06c2d79dc.txt). */
import { queryOf, queryProblems } from '../mocks/isp/query.js';
import type { OutboundCall } from '../targets/exchange.js';
import { described, isListCall, originOf, pageOf, productCalls, queryValue, reached, requestFacts, sameRun } from './isp-calls.js';
import { ispMeta, type IspMeta } from './isp-meta.js';
import { rspProblems } from './response.js';
import { audible, directivesOf, isObject } from './response-shape.js';
import type { Check, Entry, Problem, Trace } from './types.js';

const calling = (entry: Entry): boolean => productCalls(entry).length > 0;
/** The calls the service received. A blocked call is ISP-ENDPOINT's alone: nock reports it without its headers. */
const received = (entry: Entry): OutboundCall[] => productCalls(entry).filter(reached);
const receiving = (entry: Entry): boolean => received(entry).length > 0;
const each = (messages: string[]): Problem[] => messages.map((message) => ({ message }));
const concludes = (entry: Entry, flow: IspMeta['flow']): boolean => {
  const meta = ispMeta(entry);
  return meta?.flow === flow && meta.last && meta.fault === undefined;
};
/** Every product call of the entry's flow run got a 200: nothing went wrong that another check explains. */
const runServed = (entry: Entry, trace: Trace): boolean => sameRun(entry, trace).every((e) => productCalls(e).every((c) => reached(c) && c.status === 200));

/** ISP-ENDPOINT: product calls go to context.System.apiEndpoint ("Host endpoint"); the list steps make one. */
export const endpoint: Check = {
  id: 'ISP-ENDPOINT',
  applies: (entry) => calling(entry) || concludes(entry, 'list'),
  problems: (entry, trace) => {
    const expected = originOf(requestFacts(entry).apiEndpoint);
    const elsewhere = productCalls(entry).filter((c) => c.blocked || originOf(c.url) !== expected);
    if (elsewhere.length > 0)
      return each(elsewhere.map((c) => `${described(c, true)} ${c.blocked ? 'was blocked' : 'went elsewhere'}: product calls go to context.System.apiEndpoint`));
    if (concludes(entry, 'list') && !sameRun(entry, trace).some(calling))
      return each(['the list steps made no call to context.System.apiEndpoint: the products must come from the In-Skill Product Service']);
    return [];
  },
};

/** ISP-AUTH: Authorization: Bearer <context.System.apiAccessToken> ("Get all in-skill products", Parameters). */
export const auth: Check = {
  id: 'ISP-AUTH',
  applies: receiving,
  problems: (entry) => {
    const token = requestFacts(entry).apiAccessToken;
    return each(
      received(entry).flatMap((c) => {
        const header = c.headers['authorization'];
        if (header === undefined || header === '') return [`${described(c)} carries no Authorization header`];
        const [scheme, value, ...rest] = header.trim().split(/\s+/);
        if (scheme?.toLowerCase() !== 'bearer' || rest.length > 0) return [`${described(c)} carries Authorization "${scheme ?? ''} …", not "Bearer <apiAccessToken>"`];
        return value === token ? [] : [`${described(c)} carries a bearer token other than this request's context.System.apiAccessToken`];
      }),
    );
  },
};

/** ISP-LANGUAGE: Accept-Language equal to the request's locale. */
export const language: Check = {
  id: 'ISP-LANGUAGE',
  applies: receiving,
  problems: (entry) => {
    const locale = requestFacts(entry).locale;
    return each(
      received(entry).flatMap((c) => {
        const header = c.headers['accept-language'];
        if (header === undefined || header.trim() === '') return [`${described(c)} carries no Accept-Language header (the request's locale is ${locale})`];
        return header.trim().toLowerCase() === locale?.toLowerCase() ? [] : [`${described(c)} carries Accept-Language "${header}", not the request's locale ${locale}`];
      }),
    );
  },
};

/** The nextTokens the service answered before call `index` of entry `at`. */
function tokensReceived(entry: Entry, trace: Trace, at: number, index: number): Set<string> {
  const earlier = trace.entries.slice(0, at).flatMap(received);
  const here = received(entry).slice(0, index);
  return new Set([...earlier, ...here].flatMap((c) => pageOf(c)?.nextToken ?? []));
}

/** ISP-QUERY: query values within the documented enums, maxResults 1 to 100, nextToken only as received. */
export const query: Check = {
  id: 'ISP-QUERY',
  applies: (entry) => received(entry).some(isListCall),
  problems: (entry, trace, _ctx, at) =>
    each(
      received(entry).flatMap((c, index) => {
        if (!isListCall(c)) return [];
        const problems = queryProblems(queryOf(new URL(c.url))).map((p) => `${described(c)}: ${p}`);
        const next = queryValue(c, 'nextToken');
        if (next !== null && !tokensReceived(entry, trace, at, index).has(next)) problems.push(`${described(c)} sends a nextToken the service never returned`);
        return problems;
      }),
    ),
};

interface Offer {
  name: string;
  productId: unknown;
}

/** The purchase offers of a response: Connections.SendRequest Buy or Upsell. */
const offersOf = (body: unknown): Offer[] =>
  directivesOf(body)
    .filter((d) => d['type'] === 'Connections.SendRequest' && (d['name'] === 'Buy' || d['name'] === 'Upsell'))
    .map((d) => {
      const payload = isObject(d['payload']) ? d['payload'] : {};
      const product = isObject(payload['InSkillProduct']) ? payload['InSkillProduct'] : {};
      return { name: String(d['name']), productId: product['productId'] };
    });

/** What the service holds for this user: the catalog the mock served (ISP scenarios), else what it answered so far. */
function listedFor(entry: Entry, trace: Trace, at: number): { productId?: unknown; purchasable?: unknown }[] {
  const catalog = ispMeta(entry)?.catalog;
  if (catalog) return catalog;
  const answers = trace.entries.slice(0, at + 1).flatMap((e) => productCalls(e).filter((c) => c.status === 200).map((c) => c.answer));
  return answers.flatMap((a) => (isObject(a) && Array.isArray(a['inSkillProducts']) ? (a['inSkillProducts'] as never[]) : isObject(a) ? [a] : []));
}

/** ISP-OFFER-PURCHASABLE: a Buy or Upsell names a product the service listed as PURCHASABLE; the offer steps end in one. */
export const offerPurchasable: Check = {
  id: 'ISP-OFFER-PURCHASABLE',
  // Offer steps that got no response object at all are RSP-HTTP's to report, not a missing offer.
  applies: (entry) => offersOf(entry.exchange.body).length > 0 || (concludes(entry, 'offer') && isObject(entry.exchange.body)),
  problems: (entry, trace, _ctx, at) => {
    const listed = listedFor(entry, trace, at);
    const offers = offersOf(entry.exchange.body);
    const wrong = offers.flatMap(({ name, productId }) => {
      const product = listed.find((p) => p.productId === productId);
      if (!product) return [`${name} names ${JSON.stringify(productId)}, which the service does not list for this user`];
      return product.purchasable === 'PURCHASABLE' ? [] : [`${name} names ${JSON.stringify(productId)}, which the service lists as ${String(product.purchasable)} for this user`];
    });
    const buyable = listed.filter((p) => p.purchasable === 'PURCHASABLE');
    if (offers.length === 0 && concludes(entry, 'offer') && buyable.length > 0 && runServed(entry, trace) && sameRun(entry, trace).some(calling))
      wrong.push(`the offer steps ended without a Connections.SendRequest Buy or Upsell, though the service lists ${buyable.length} PURCHASABLE product(s)`);
    return each(wrong);
  },
};

/** ISP-FAULTS: with the service answering 400, 401, 404 or 500, or slowly, the response still passes RSP-*. */
export const faults: Check = {
  id: 'ISP-FAULTS',
  applies: (entry) => ispMeta(entry)?.fault !== undefined && receiving(entry),
  problems: (entry, trace, ctx, at) =>
    rspProblems(entry, trace, ctx, at).map((p) => ({ message: `with the service answering ${ispMeta(entry)?.fault}: ${p.message}` })),
};

const answered = (entry: Entry | undefined): entry is Entry => entry !== undefined && isObject(entry.exchange.body);

/** ISP-PREMIUM-GATE: a premium intent answers differently when no product is ENTITLED. */
export const premiumGate: Check = {
  id: 'ISP-PREMIUM-GATE',
  applies: (entry, trace) => {
    const meta = ispMeta(entry);
    const other = meta?.compareAt === undefined ? undefined : trace.entries[meta.compareAt];
    return (
      meta?.entitled === 'NOT_ENTITLED' && concludes(entry, 'premium') && answered(entry) && answered(other) &&
      runServed(entry, trace) && runServed(other, trace)
    );
  },
  problems: (entry, trace) => {
    const at = ispMeta(entry)?.compareAt;
    const other = at === undefined ? undefined : trace.entries[at];
    if (at === undefined || !other || audible(entry.exchange.body) !== audible(other.exchange.body)) return [];
    return [{ message: 'the premium steps answer the same with no product ENTITLED as with every product ENTITLED', compareAt: at }];
  },
};

/** The truncated pages among `calls` whose nextToken no later call (`calls` after it, then `later`) followed. */
function abandonedPages(calls: OutboundCall[], later: OutboundCall[]): OutboundCall[] {
  return calls.filter((call, i) => {
    const page = call.fault === undefined && isListCall(call) ? pageOf(call) : undefined;
    if (!page?.isTruncated || page.nextToken === undefined) return false;
    return ![...calls.slice(i + 1), ...later].some((next) => queryValue(next, 'nextToken') === page.nextToken);
  });
}

/**
 * ISP-PAGINATION: when isTruncated is true, the skill follows nextToken before it concludes a listing. A
 * skill may page across turns ("want to hear more?"): a token followed in a later request of the case counts.
 */
export const pagination: Check = {
  id: 'ISP-PAGINATION',
  applies: (entry) => received(entry).some((c) => c.fault === undefined && pageOf(c)?.isTruncated === true),
  problems: (entry, trace, _ctx, at) =>
    each(
      abandonedPages(received(entry), trace.entries.slice(at + 1).flatMap(received)).map(
        (call) => `${described(call)} answered isTruncated true; the skill never asked for the next page with its nextToken`,
      ),
    ),
};

/** ISP-RESPONSE-HANDLED: Connections.Response for Buy, Upsell or Cancel, each purchaseResult, gets a response that passes RSP-*. */
export const responseHandled: Check = {
  id: 'ISP-RESPONSE-HANDLED',
  applies: (entry) => ispMeta(entry)?.flow === 'response',
  problems: rspProblems,
};

export const ispChecks: Check[] = [endpoint, auth, language, query, offerPurchasable, faults, premiumGate, pagination, responseHandled];
