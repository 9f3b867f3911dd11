import { firstOccurring, lexiconOf, localeOf, missingLists, wordsFor } from '../../checks/lexicon.js';
import { isObject, wordsOf } from '../../checks/response-shape.js';
import type { Entry } from '../../checks/types.js';
import { skillRequirement } from '../define.js';

/** The words of a result a skill must not read out: the code, its name, and the message. */
function tellTales(result: { code: string; message: string }): string[] {
  const name = result.code.split('.').pop() ?? result.code;
  const spaced = name.replace(/([a-z])([A-Z])/g, '$1 $2');
  return [result.code, name, result.message, spaced].filter((s) => s.trim().length >= 6).map((s) => s.toLowerCase().replace(/\s+/g, ' '));
}

const LISTS = ['errorAnnouncement'] as const;

/**
 * The page asks for silence about the error after a failed purchase only, where it says Alexa has told the customer
 * itself ("Implement purchase-product": "If the action fails, Alexa informs the customer of the error ... Don't notify
 * the customer about the error"); after a cart or list task it lets the skill "handle errors", which may mean saying so.
 */
const failedPurchase = (entry: Entry): boolean =>
  entry.role === 'resume' && entry.meta.result !== undefined && isObject(entry.exchange.body) && entry.meta.task === 'BuyShoppingProducts';

/**
 * After a failed purchase nothing the customer hears or reads tells of the error ("Don't notify the customer about the
 * error"): not the result's code or message, and none of the locale's error-announcing words (schemas/lexicon.json).
 * A locale without those words is not judged.
 */
export default skillRequirement({
  entry: {
    id: 'RESUME-SILENT-ERROR',
    level: 'SHOULD',
    title: 'Nothing the skill says or shows after a failed purchase (BuyShoppingProducts: speech, reprompt, card) tells the customer about the error, neither the result\'s code or message nor words announcing an error: Alexa has told the customer already.',
    source: {
      page: 'Implement Alexa Shopping Actions in Your Skill',
      section: 'Implement purchase-product',
    },
    basis: 'documented',
    quote: 'Don\'t notify the customer about the error, but use the result to alter the flow of skill execution.',
  },
  check: {
    applies: (entry, _trace, ctx) => failedPurchase(entry) && missingLists(lexiconOf(ctx), localeOf(entry.exchange.request) ?? '', LISTS) === undefined,
    unjudged: (entry, _trace, ctx) =>
      failedPurchase(entry) ? missingLists(lexiconOf(ctx), localeOf(entry.exchange.request) ?? 'a request without a locale', LISTS) : undefined,
    problems: (entry, _trace, ctx) => {
      const result = entry.meta.result;
      if (!result) return [];
      const announcing = wordsFor(lexiconOf(ctx), localeOf(entry.exchange.request) ?? '', 'errorAnnouncement') ?? [];
      const tales = tellTales(result);
      return wordsOf(entry.exchange.body).flatMap(({ where, text }) => {
        const said = text.toLowerCase().replace(/\s+/g, ' ');
        const told = tales.find((t) => said.includes(t));
        if (told) return [{ message: `the ${where} reads out the result: "${told}"` }];
        const word = firstOccurring(text, announcing);
        return word ? [{ message: `the ${where} tells the customer about the error ("${word}"): "${text.slice(0, 160)}"` }] : [];
      });
    },
  },
  families: ['resume'],
  prohibition: true,
  notProbed: 'no resume after a failed BuyShoppingProducts was answered (the page asks for silence about the error after a failed purchase only)',
});
