/** Which products what a response says names: its words (speech, reprompt, card) and the catalog's product names in them. */
import { isObject, responseOf, spokenText } from './response-shape.js';

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
