/** ISP-* checks on what the skill says: the products a listing names, the answer after a purchase flow, the uses of a consumable. */
import { productCalls, reached, sameRun } from './isp-calls.js';
import { ispMeta } from './isp-meta.js';
import { audible, directivesOf, isObject, responseOf, spokenText } from './response-shape.js';
import type { Check, Entry, Trace } from './types.js';

type Named = { name?: unknown; purchasable?: unknown; entitled?: unknown };

/** Everything the response says or shows in words: speech, reprompt and card, lower-cased, one space between words. */
export function wordsOf(body: unknown): string {
  const response = responseOf(body) ?? {};
  const reprompt = isObject(response['reprompt']) ? response['reprompt']['outputSpeech'] : undefined;
  const card = isObject(response['card']) ? response['card'] : {};
  const cardText = ['title', 'content', 'text'].map((k) => (typeof card[k] === 'string' ? (card[k] as string) : ''));
  return [spokenText(response['outputSpeech']), spokenText(reprompt), ...cardText].join(' ').toLowerCase().replace(/\s+/g, ' ');
}

// A product name short or letterless enough to occur in any sentence by chance is no evidence.
const nameOf = (p: Named): string | undefined => {
  const name = typeof p.name === 'string' ? p.name.trim().toLowerCase().replace(/\s+/g, ' ') : '';
  return name.length >= 4 && /\p{L}/u.test(name) ? name : undefined;
};

const escaped = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const asWord = (name: string): RegExp => new RegExp(`(^|[^\\p{L}\\p{N}])${escaped(name)}($|[^\\p{L}\\p{N}])`, 'u');

/**
 * The products of `catalog` not for sale to this customer and not owned that `words` names. The names of the
 * products the customer may hear of (for sale, or owned) are taken out first, so "Tips" is not found in "Premium Tips".
 */
export function namedNotForSale(words: string, catalog: readonly Named[]): string[] {
  const hidden = catalog.filter((p) => p.purchasable === 'NOT_PURCHASABLE' && p.entitled !== 'ENTITLED');
  const allowed = catalog.filter((p) => !hidden.includes(p)).flatMap((p) => nameOf(p) ?? []).sort((a, b) => b.length - a.length);
  let rest = words;
  for (const name of allowed) rest = rest.replace(new RegExp(`(^|[^\\p{L}\\p{N}])${escaped(name)}(?=$|[^\\p{L}\\p{N}])`, 'gu'), '$1 ');
  return [...new Set(hidden.flatMap((p) => nameOf(p) ?? []).filter((name) => asWord(name).test(rest)))];
}

const served = (entry: Entry, trace: Trace): boolean =>
  sameRun(entry, trace).every((e) => productCalls(e).every((c) => reached(c) && c.status === 200)) && sameRun(entry, trace).some((e) => productCalls(e).length > 0);

/**
 * ISP-LIST-PURCHASABLE: what the list steps end by saying names no product the service lists as
 * NOT_PURCHASABLE for a customer who does not own it (seed 002: "Only products with a purchasable value of
 * PURCHASABLE should be offered to the user"). An owned product may be named ("you already have ...").
 */
export const listPurchasable: Check = {
  id: 'ISP-LIST-PURCHASABLE',
  applies: (entry, trace) => {
    const meta = ispMeta(entry);
    return meta?.flow === 'list' && meta.last && meta.fault === undefined && responseOf(entry.exchange.body) !== undefined && served(entry, trace);
  },
  problems: (entry) =>
    namedNotForSale(wordsOf(entry.exchange.body), ispMeta(entry)?.catalog ?? []).map((name) => ({
      message: `the listing names "${name}", which the service lists as NOT_PURCHASABLE for this customer (who does not own it)`,
    })),
};

/** An `<audio>` element is sound, though it has no words. */
const plays = (speech: unknown): boolean => isObject(speech) && typeof speech['ssml'] === 'string' && /<audio\b/i.test(speech['ssml']);

/**
 * ISP-RESPONSE-SPEAKS: the answer to a Connections.Response (Buy, Upsell, Cancel, any purchaseResult) speaks,
 * ends the session, or hands over with a directive: an empty `<speak></speak>` with the session left open is
 * silence with the microphone open.
 */
export const responseSpeaks: Check = {
  id: 'ISP-RESPONSE-SPEAKS',
  applies: (entry) => ispMeta(entry)?.flow === 'response' && responseOf(entry.exchange.body) !== undefined,
  problems: (entry) => {
    const response = responseOf(entry.exchange.body) ?? {};
    const speech = response['outputSpeech'];
    if (spokenText(speech) !== '' || plays(speech) || response['shouldEndSession'] === true) return [];
    const directives = response['directives'];
    if (Array.isArray(directives) && directives.length > 0) return [];
    const meta = ispMeta(entry);
    return [{ message: `the answer to Connections.Response ${meta?.name ?? ''} ${meta?.purchaseResult ?? ''} is silent and leaves the session open` }];
  },
};

/**
 * ISP-CONSUME-UNITS: past the uses the units bought allow (isp.usesPerUnit each), the consume steps answer
 * otherwise than they did for an allowed use, or offer more (seed 002: activeEntitlementCount "does not reflect
 * the user's consumption of the purchased units, so you must manage the user's inventory").
 */
export const consumeUnits: Check = {
  id: 'ISP-CONSUME-UNITS',
  applies: (entry, trace) => {
    const meta = ispMeta(entry);
    return meta?.flow === 'consume' && meta.last && meta.allowedAt !== undefined && responseOf(entry.exchange.body) !== undefined && served(entry, trace) && allowedAnswers(entry, trace).length > 0;
  },
  problems: (entry, trace) => {
    if (offersOf(entry.exchange.body).length > 0) return [];
    const heard = audible(entry.exchange.body);
    const same = allowedAnswers(entry, trace).find((i) => audible(trace.entries[i]?.exchange.body) === heard);
    if (same === undefined) return [];
    const meta = ispMeta(entry);
    const allowed = meta?.allowedAt?.length ?? 0;
    return [
      {
        message: `use ${allowed + 1} is answered as an allowed use was, though ${meta?.units ?? '?'} unit(s) bought at ${meta?.usesPerUnit ?? 1} use(s) each allow ${allowed}: the skill does not keep the customer's inventory`,
        compareAt: same,
      },
    ];
  },
};

/** The allowed uses' answers a use past the units is compared with, each answered with every call served. */
function allowedAnswers(entry: Entry, trace: Trace): number[] {
  return (ispMeta(entry)?.allowedAt ?? []).filter((i) => {
    const other = trace.entries[i];
    return other !== undefined && responseOf(other.exchange.body) !== undefined && served(other, trace);
  });
}

const offersOf = (body: unknown): unknown[] =>
  directivesOf(body).filter((d) => d['type'] === 'Connections.SendRequest' && (d['name'] === 'Buy' || d['name'] === 'Upsell'));
