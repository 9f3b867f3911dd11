/** REFUND-*: the refund intent of a skill that sells (Implement Alexa Shopping Actions, "Handle a refund request"). */
import { firstOccurring, localeOf, missingLists, suiteLexicon, wordsFor } from './lexicon.js';
import { isObject, wordsOf } from './response-shape.js';
import { shoppingDirectives } from './tasks.js';
import type { Check, CheckContext, Entry } from './types.js';

const refunding = (entry: Entry): boolean => entry.role === 'refund' && isObject(entry.exchange.body);

/** "the order in their Amazon account on the Amazon retail page": each list must have a word in one text. */
const LISTS = ['amazon', 'order', 'account'] as const;
const lexiconOf = (ctx: CheckContext) => ctx.lexicon ?? suiteLexicon();
const missing = (entry: Entry, ctx: CheckContext): string | undefined =>
  missingLists(lexiconOf(ctx), localeOf(entry.exchange.request) ?? 'a request without a locale', LISTS);

/**
 * REFUND-GUIDANCE: "direct the customer to review the order in their Amazon account on the Amazon retail
 * page": one text the customer hears or reads (speech, reprompt or card) names Amazon, the order and
 * the account, in the locale's words (schemas/lexicon.json). A locale without those words is not judged.
 */
export const guidance: Check = {
  id: 'REFUND-GUIDANCE',
  applies: (entry, _trace, ctx) => refunding(entry) && missing(entry, ctx) === undefined,
  unjudged: (entry, _trace, ctx) => (refunding(entry) ? missing(entry, ctx) : undefined),
  problems: (entry, _trace, ctx) => {
    const locale = localeOf(entry.exchange.request) ?? '';
    const texts = wordsOf(entry.exchange.body);
    if (texts.length === 0) return [{ message: 'the refund intent got no speech, reprompt or card' }];
    const lacking = texts.map(({ where, text }) => ({
      where,
      text,
      lacks: LISTS.filter((list) => firstOccurring(text, wordsFor(lexiconOf(ctx), locale, list) ?? []) === undefined),
    }));
    if (lacking.some((t) => t.lacks.length === 0)) return [];
    const closest = lacking.reduce((a, b) => (b.lacks.length < a.lacks.length ? b : a));
    return [
      {
        message: `the refund answer does not direct the customer to the order in their Amazon account (the ${closest.where} names no ${closest.lacks.join(', ')} word of ${locale}): "${closest.text.slice(0, 160)}"`,
      },
    ];
  },
};

/** REFUND-NO-TASK: the refund response starts no shopping task. */
export const noTask: Check = {
  id: 'REFUND-NO-TASK',
  applies: refunding,
  problems: (entry) => shoppingDirectives(entry.exchange.body).map((d) => ({ message: `the refund response starts ${d.task}` })),
};

export const refundChecks: Check[] = [guidance, noTask];
