/**
 * What the SHOP checks share: which responses hand the customer over (or try to), and a check of each shopping
 * StartConnection of a response by a rule over one directive (Alexa Shopping Actions API Reference).
 */
import { directiveErrorsFor, shoppingDirectives, unnamedShoppingDirectives, type TaskDirective } from './tasks.js';
import type { Check, Entry, Problem } from './types.js';

export const handsOver = (entry: Entry): boolean => shoppingDirectives(entry.exchange.body).length > 0;
/** A shopping StartConnection, or one that looks meant for a shopping task but whose uri names none. */
export const triesToHandOver = (entry: Entry): boolean => handsOver(entry) || unnamedShoppingDirectives(entry.exchange.body).length > 0;

/** A check of each task directive in a response, by a rule over one directive. */
export function perDirective(rule: (d: TaskDirective, entry: Entry) => string[], only?: (d: TaskDirective) => boolean): Omit<Check, 'id'> {
  return {
    applies: (entry) => shoppingDirectives(entry.exchange.body).some((d) => !only || only(d)),
    problems: (entry) =>
      shoppingDirectives(entry.exchange.body)
        .filter((d) => !only || only(d))
        .flatMap((d) => rule(d, entry).map((message): Problem => ({ message: `${d.task} directive ${d.index}: ${message}` }))),
  };
}

/** The check of a requirement whose rule lives in the task schemas (x-requirements routes the errors to it). */
export const routed = (id: string, only?: (d: TaskDirective) => boolean): Omit<Check, 'id'> => perDirective((d) => directiveErrorsFor(d, id), only);
