/**
 * How the SEC-* checks judge a probe of request verification by a skill hosted as a web service (Host a Custom
 * Skill as a Web Service, "Verify that the request was sent by Alexa"). Each probe of the security family names the
 * requirement it shows; the probes the control request gates are judged only when that unsigned request was accepted.
 */
import { NEEDS_UNSIGNED } from '../security/probes.js';
import { isObject } from './response-shape.js';
import type { Check, Entry, Problem, Trace } from './types.js';

const accepted = (entry: Entry): boolean => entry.exchange.status !== undefined && entry.exchange.status >= 200 && entry.exchange.status < 300;

/** Whether the unsigned control request of this trace was accepted (signature verification off). */
function controlAccepted(trace: Trace): boolean {
  const control = trace.entries.find((e) => e.role === 'security' && e.meta['requirement'] === 'control');
  return control !== undefined && !control.exchange.notSent && accepted(control);
}

/** A skill's output in a refusal: a response envelope, which Alexa would act on. */
function skillOutput(entry: Entry): boolean {
  const body = entry.exchange.body;
  return isObject(body) && isObject(body['response']);
}

function answerOf(entry: Entry): string {
  const { status, error } = entry.exchange;
  return status === undefined ? `no answer (${error ?? 'no status'})` : `HTTP ${status}`;
}

/**
 * What became of the unsigned control request among these traces, as the gated checks see it: accepted
 * (2xx), refused (anything else, no answer included), or undefined when none was sent (not a
 * request-verification run, or the skill had stalled before).
 */
export function controlOutcome(traces: readonly Trace[]): 'accepted' | 'refused' | undefined {
  for (const trace of traces) {
    const control = trace.entries.find((e) => e.role === 'security' && e.meta['requirement'] === 'control');
    if (control && !control.exchange.notSent) return accepted(control) ? 'accepted' : 'refused';
  }
  return undefined;
}

/** Refused with 400 and no skill output (the signature, certificate and timestamp rules). */
export function refusedWith400(entry: Entry): Problem[] {
  const { status } = entry.exchange;
  if (status === undefined) return [{ message: `${entry.label}: expected HTTP 400, got ${answerOf(entry)}` }];
  if (status !== 400) return [{ message: `${entry.label}: expected HTTP 400, got HTTP ${status}${accepted(entry) ? ' (the request was accepted)' : ''}` }];
  if (skillOutput(entry)) return [{ message: `${entry.label}: refused with 400, but the answer carries a response envelope` }];
  return [];
}

/** Refused with any 4xx or 5xx and no skill output (a request meant for another skill). */
export function refused(entry: Entry): Problem[] {
  const { status } = entry.exchange;
  if (status === undefined) return [{ message: `${entry.label}: expected a 4xx or 5xx refusal, got ${answerOf(entry)}` }];
  if (status < 400) return [{ message: `${entry.label}: expected a 4xx or 5xx refusal, got HTTP ${status}${accepted(entry) ? ' (the skill answered it)' : ''}` }];
  if (skillOutput(entry)) return [{ message: `${entry.label}: refused with ${status}, but the answer carries a response envelope` }];
  return [];
}

/** The check of the probes meant for one requirement (and of the control request, which is one of them for SEC-SIG-HEADERS). */
export function securityCheck(id: string, judge: (entry: Entry) => Problem[], includesControl = false): Omit<Check, 'id'> {
  return {
    applies: (entry, trace) => {
      if (entry.role !== 'security') return false;
      const requirement = entry.meta['requirement'];
      if (requirement !== id && !(includesControl && requirement === 'control')) return false;
      return !NEEDS_UNSIGNED.has(id) || controlAccepted(trace);
    },
    problems: (entry) => judge(entry),
  };
}
