import { flowOf, isObject } from './response-shape.js';
import type { Entry, Trace } from './types.js';

/** The successful resume a failed one is compared with (meta.successAt), when both answered with a response object. */
export function successOf(entry: Entry, trace: Trace): Entry | undefined {
  const success = entry.meta.successAt === undefined ? undefined : trace.entries[entry.meta.successAt];
  return success && isObject(entry.exchange.body) && isObject(success.exchange.body) ? success : undefined;
}

/**
 * The index of that success when the failed resume was answered with the same flow (speech, reprompt, card,
 * directives and session attributes), else undefined: "use the result to alter the flow".
 */
export function sameFlowAsSuccess(entry: Entry, trace: Trace): number | undefined {
  const success = successOf(entry, trace);
  return success && flowOf(entry.exchange.body) === flowOf(success.exchange.body) ? entry.meta.successAt : undefined;
}
