import { sellsNothing } from '../../checks/tasks.js';
import { firstOccurring, lexiconOf, localeOf, missingLists, wordsFor } from '../../checks/lexicon.js';
import { isObject, wordsOf } from '../../checks/response-shape.js';
import type { CheckContext, Entry } from '../../checks/types.js';
import { skillRequirement } from '../define.js';

const refunding = (entry: Entry): boolean => entry.role === 'refund' && isObject(entry.exchange.body);

/** "the order in their Amazon account on the Amazon retail page": each list must have a word in one text. */
const LISTS = ['amazon', 'order', 'account'] as const;
const missing = (entry: Entry, ctx: CheckContext): string | undefined =>
  missingLists(lexiconOf(ctx), localeOf(entry.exchange.request) ?? 'a request without a locale', LISTS);

/**
 * "Direct the customer to review the order in their Amazon account on the Amazon retail page": one text the customer
 * hears or reads (speech, reprompt or card) names Amazon, the order and the account, in the locale's words
 * (schemas/lexicon.json). A locale without those words is not judged.
 */
export default skillRequirement({
  entry: {
    id: 'REFUND-GUIDANCE',
    level: 'MUST',
    title: 'Where the skill uses Buy or Recommend, the refund intent gets an answer (speech, reprompt or card) that directs the customer to review the order in their Amazon account.',
    source: {
      page: 'Implement Alexa Shopping Actions in Your Skill',
      section: 'Handle a refund request',
    },
    basis: 'documented',
    quote: 'If you implement the purchase-product or recommend-products shopping actions, you must also implement a refund intent to receive the refund request and provide instructions to the customer.',
  },
  check: {
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
  },
  families: ['refund'],
  inapplicable: sellsNothing,
});
