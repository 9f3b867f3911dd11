/** ISP-*: how the skill uses the In-Skill Product Service and the purchase flow (002_285a14a06c2d79dc.txt). */
import { buyable } from '../mocks/isp/catalog.js';
import { queryOf, queryProblems } from '../mocks/isp/query.js';
import type { OutboundCall } from '../targets/exchange.js';
import { described, isListCall, originOf, pageOf, productCalls, queryValue, reached, requestFacts, sameRun } from './isp-calls.js';
import { ispMeta, type IspMeta } from './isp-meta.js';
import { consumeUnits, listPurchasable, responseSpeaks } from './isp-speech.js';
import { rspProblems } from './response.js';
import { audible, directivesOf, isObject } from './response-shape.js';
import type { Check, CheckContext, Entry, Problem, Trace } from './types.js';

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

/** The first language range of an Accept-Language value ("en-US,en;q=0.9" -> "en-US"): the language the skill asks for first. */
export const firstLanguage = (header: string): string => (header.split(',')[0] ?? '').split(';')[0]?.trim() ?? '';

/** ISP-LANGUAGE: Accept-Language whose first language range is the request's locale (further, lower-weighted ranges allowed). */
export const language: Check = {
  id: 'ISP-LANGUAGE',
  applies: receiving,
  problems: (entry) => {
    const locale = requestFacts(entry).locale;
    return each(
      received(entry).flatMap((c) => {
        const header = c.headers['accept-language'];
        if (header === undefined || header.trim() === '') return [`${described(c)} carries no Accept-Language header (the request's locale is ${locale})`];
        return firstLanguage(header).toLowerCase() === locale?.toLowerCase()
          ? []
          : [`${described(c)} carries Accept-Language "${header}", whose first language is not the request's locale ${locale}`];
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

type Listed = { productId?: unknown; purchasable?: unknown; entitled?: unknown; name?: unknown; referenceName?: unknown };

/**
 * What the service holds for this user: the catalog the mock served this request (an ISP scenario's own,
 * else the run's catalog, which every other request is served), else what the service answered so far.
 */
function listedFor(entry: Entry, trace: Trace, ctx: CheckContext, at: number): readonly Listed[] {
  const catalog = ispMeta(entry)?.catalog ?? ctx.products;
  if (catalog) return catalog;
  const answers = trace.entries.slice(0, at + 1).flatMap((e) => productCalls(e).filter((c) => c.status === 200).map((c) => c.answer));
  return answers.flatMap((a) => (isObject(a) && Array.isArray(a['inSkillProducts']) ? (a['inSkillProducts'] as never[]) : isObject(a) ? [a] : []));
}

/** The words a request's slots carry: each value as said and each canonical value entity resolution matched. */
function slotWords(request: unknown): string[] {
  const inner = isObject(request) && isObject(request['request']) ? request['request'] : {};
  const slots = isObject(inner['intent']) && isObject(inner['intent']['slots']) ? Object.values(inner['intent']['slots']) : [];
  return slots.filter(isObject).flatMap((slot) => {
    const resolved = isObject(slot['resolutions']) && Array.isArray(slot['resolutions']['resolutionsPerAuthority']) ? slot['resolutions']['resolutionsPerAuthority'] : [];
    const names = resolved.filter(isObject).flatMap((authority) =>
      (Array.isArray(authority['values']) ? authority['values'] : []).flatMap((v) => (isObject(v) && isObject(v['value']) && typeof v['value']['name'] === 'string' ? [v['value']['name']] : [])),
    );
    return [...(typeof slot['value'] === 'string' ? [slot['value']] : []), ...names];
  });
}

const spoken = (s: unknown): string => (typeof s === 'string' ? s.toLowerCase().replace(/_/g, ' ').replace(/\s+/g, ' ').trim() : '');

/** The products the offer steps ask for by name, referenceName or productId in their slots; none when they name none. */
function askedFor(entry: Entry, trace: Trace, listed: readonly Listed[]): Listed[] {
  const words = new Set(sameRun(entry, trace).flatMap((e) => slotWords(e.exchange.request)).map(spoken).filter((w) => w !== ''));
  return listed.filter((p) => [p.name, p.referenceName, p.productId].some((n) => words.has(spoken(n))));
}

/**
 * ISP-OFFER-PURCHASABLE: every Buy or Upsell, wherever the skill sends it, names a product the service lists as
 * PURCHASABLE for this user; the offer steps end in one when the service lists a product the customer could
 * buy (PURCHASABLE and not ENTITLED: an owned consumable is no reason to demand an offer). When the offer steps
 * ask for products by name, only those count: a skill that declines to offer a product that is not for sale is
 * right, whatever else the catalog holds.
 */
export const offerPurchasable: Check = {
  id: 'ISP-OFFER-PURCHASABLE',
  // Offer steps that got no response object at all are RSP-HTTP's to report, not a missing offer.
  applies: (entry) => offersOf(entry.exchange.body).length > 0 || (concludes(entry, 'offer') && isObject(entry.exchange.body)),
  problems: (entry, trace, ctx, at) => {
    const listed = listedFor(entry, trace, ctx, at);
    const offers = offersOf(entry.exchange.body);
    const wrong = offers.flatMap(({ name, productId }) => {
      const product = listed.find((p) => p.productId === productId);
      if (!product) return [`${name} names ${JSON.stringify(productId)}, which the service does not list for this user`];
      return product.purchasable === 'PURCHASABLE' ? [] : [`${name} names ${JSON.stringify(productId)}, which the service lists as ${String(product.purchasable)} for this user`];
    });
    const asked = askedFor(entry, trace, listed);
    const open = buyable(asked.length > 0 ? asked : listed);
    if (offers.length === 0 && concludes(entry, 'offer') && open > 0 && runServed(entry, trace) && sameRun(entry, trace).some(calling))
      wrong.push(`the offer steps ended without a Connections.SendRequest Buy or Upsell, though the service lists ${open} PURCHASABLE product(s) the customer does not own`);
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

/** The ENTITLED answers a NOT_ENTITLED premium answer is compared with, by index, each answered with every call served. */
function entitledAnswers(entry: Entry, trace: Trace): number[] {
  return (ispMeta(entry)?.entitledAt ?? []).filter((i) => {
    const other = trace.entries[i];
    return answered(other) && runServed(other, trace);
  });
}

/**
 * ISP-PREMIUM-GATE: each not-entitled answer of the premium steps differs from every entitled one, unless it
 * offers a product. Each side runs several times, so a skill whose answer does not depend on the entitlement
 * (a random free tip) shows it as a coincidence.
 */
export const premiumGate: Check = {
  id: 'ISP-PREMIUM-GATE',
  applies: (entry, trace) => {
    const meta = ispMeta(entry);
    return meta?.entitled === 'NOT_ENTITLED' && concludes(entry, 'premium') && answered(entry) && runServed(entry, trace) && entitledAnswers(entry, trace).length > 0;
  },
  problems: (entry, trace) => {
    if (offersOf(entry.exchange.body).length > 0) return [];
    const heard = audible(entry.exchange.body);
    const same = entitledAnswers(entry, trace).find((i) => audible(trace.entries[i]?.exchange.body) === heard);
    if (same === undefined) return [];
    return [{ message: 'the premium steps answer the same with no product ENTITLED as with every product ENTITLED, and offer nothing', compareAt: same }];
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

export const ispChecks: Check[] = [endpoint, auth, language, query, offerPurchasable, faults, premiumGate, pagination, responseHandled, listPurchasable, responseSpeaks, consumeUnits];
