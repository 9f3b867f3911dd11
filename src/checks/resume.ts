/** RESUME-*: how the skill resumes after a shopping task (Implement Alexa Shopping Actions, "Handle a session resumed request"). */
import { firstOccurring, localeOf, missingLists, suiteLexicon, wordsFor } from './lexicon.js';
import { rspProblems } from './response.js';
import { flowOf, isObject, responseOf, speaks, wordsOf } from './response-shape.js';
import { asinsOf, shoppingDirectives } from './tasks.js';
import type { Check, CheckContext, Entry } from './types.js';

const resumed = (entry: Entry): boolean => entry.role === 'resume';
const failed = (entry: Entry): boolean => entry.meta.result !== undefined || entry.meta.statusCode !== '200';
const withBody = (entry: Entry): boolean => isObject(entry.exchange.body);

/** RESUME-HANDLED: every resume in the matrix gets a response that passes RSP-*. */
export const handled: Check = {
  id: 'RESUME-HANDLED',
  applies: resumed,
  problems: rspProblems,
};

/**
 * RESUME-DISTINGUISHES-RESULT: status "200" with a result error is answered differently from success.
 * "Use the result to alter the flow": the same words with other session attributes or another
 * directive are a different flow.
 */
export const distinguishesResult: Check = {
  id: 'RESUME-DISTINGUISHES-RESULT',
  applies: (entry, trace) => {
    const success = entry.meta.successAt === undefined ? undefined : trace.entries[entry.meta.successAt];
    return (
      resumed(entry) && entry.meta.statusCode === '200' && entry.meta.result !== undefined && entry.meta.token === 'issued' &&
      withBody(entry) && success !== undefined && withBody(success)
    );
  },
  problems: (entry, trace) => {
    const at = entry.meta.successAt;
    const success = at === undefined ? undefined : trace.entries[at];
    if (at === undefined || !success || flowOf(entry.exchange.body) !== flowOf(success.exchange.body)) return [];
    return [
      {
        message: `the response to ${entry.meta.result?.code} with status "200" is the same as the response to success (speech, reprompt, card, directives and session attributes)`,
        compareAt: at,
      },
    ];
  },
};

/** The words of a result a skill must not read out: the code, its name, and the message. */
function tellTales(result: { code: string; message: string }): string[] {
  const name = result.code.split('.').pop() ?? result.code;
  const spaced = name.replace(/([a-z])([A-Z])/g, '$1 $2');
  return [result.code, name, result.message, spaced].filter((s) => s.trim().length >= 6).map((s) => s.toLowerCase().replace(/\s+/g, ' '));
}

const LISTS = ['errorAnnouncement'] as const;
const lexiconOf = (ctx: CheckContext) => ctx.lexicon ?? suiteLexicon();
const failedResult = (entry: Entry): boolean => resumed(entry) && entry.meta.result !== undefined && withBody(entry);
/**
 * The page asks for silence about the error after a failed purchase only, where it says Alexa has told the customer
 * itself ("Implement purchase-product": "If the action fails, Alexa informs the customer of the error ... Don't notify
 * the customer about the error"); after a cart or list task it lets the skill "handle errors", which may mean saying so.
 */
const failedPurchase = (entry: Entry): boolean => failedResult(entry) && entry.meta.task === 'BuyShoppingProducts';

/**
 * RESUME-SILENT-ERROR: after a failed task nothing the customer hears or reads tells of the error
 * ("Don't notify the customer about the error"): not the result's code or message, and none of the
 * locale's error-announcing words (schemas/lexicon.json). A locale without those words is not judged.
 */
export const silentError: Check = {
  id: 'RESUME-SILENT-ERROR',
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
};

/** RESUME-NO-RETRY-LOOP: a failed result does not start the same task for the same products again. */
export const noRetryLoop: Check = {
  id: 'RESUME-NO-RETRY-LOOP',
  applies: (entry, trace) => resumed(entry) && failed(entry) && withBody(entry) && entry.meta.handoverAt !== undefined && trace.entries[entry.meta.handoverAt] !== undefined,
  problems: (entry, trace) => {
    const handover = trace.entries[entry.meta.handoverAt ?? -1];
    const first = handover ? shoppingDirectives(handover.exchange.body).find((d) => d.task === entry.meta.task) : undefined;
    if (!first) return [];
    const again = shoppingDirectives(entry.exchange.body).find(
      (d) => d.task === first.task && asinsOf(d.directive).join() === asinsOf(first.directive).join(),
    );
    return again
      ? [{ message: `after a failed ${first.task} the skill starts ${first.task} again for ${asinsOf(first.directive).join(', ')}`, compareAt: entry.meta.handoverAt }]
      : [];
  },
};

/** RESUME-CONTINUES: the response speaks (words or an <audio> clip) or ends the session; never silent with the session left open. */
export const continues: Check = {
  id: 'RESUME-CONTINUES',
  applies: (entry) => resumed(entry) && withBody(entry),
  problems: (entry) => {
    const response = responseOf(entry.exchange.body) ?? {};
    const directives = response['directives'];
    if (speaks(entry.exchange.body) || response['shouldEndSession'] === true) return [];
    if (Array.isArray(directives) && directives.length > 0) return [];
    return [{ message: 'the response is silent and leaves the session open' }];
  },
};

export const resumeChecks: Check[] = [handled, distinguishesResult, silentError, noRetryLoop, continues];
