import { directivesOf, responseOf } from '../checks/response-shape.js';
import type { Entry, EntryMeta, Role } from '../checks/types.js';
import type { Exchange } from '../targets/exchange.js';
import type { Prober } from './prober.js';
import type { Flow, Step } from '../types/index.js';
import { continueSession, envelope, intentRequest, type SessionState, type Visit } from './envelope.js';

export const stepRequest = (step: Step, slots?: Record<string, string | undefined>): Record<string, unknown> =>
  'intent' in step ? intentRequest(step.intent, slots ?? step.slots) : { type: 'LaunchRequest' };

export const stepName = (step: Step): string => ('intent' in step ? step.intent : 'LaunchRequest');

/**
 * Why Alexa sends nothing more in a session after this answer, or undefined when the session goes on: the skill
 * ended it, handed it to a task or a purchase ("Connections.StartConnection exits the current skill session"),
 * or gave no response (Alexa then ends the session itself), or the request was never sent.
 */
export function sessionOverBy(exchange: Pick<Exchange, 'body' | 'notSent'>): string | undefined {
  if (exchange.notSent) return 'the request was not sent';
  const response = responseOf(exchange.body);
  if (!response) return 'no response';
  if (response['shouldEndSession'] === true) return 'shouldEndSession true';
  const handOver = directivesOf(exchange.body).find((d) => d['type'] === 'Connections.StartConnection' || d['type'] === 'Connections.SendRequest');
  return handOver ? `a ${String(handOver['type'])}` : undefined;
}

/**
 * Runs a flow's steps in one session, as Alexa would: same sessionId, new=false after the first, the
 * attributes the skill returned. A step after which Alexa would send nothing more in the session (sessionOverBy)
 * is the last one sent: it gets `lastRole`, and `meta.stoppedAt` says where and why when steps were left. Returns
 * the entries and the state after.
 */
export async function runSteps(
  flow: Flow,
  visit: Visit,
  start: SessionState,
  prober: Prober,
  label: string,
  lastRole: Role,
  meta: EntryMeta = {},
  slotValues?: (Record<string, string> | undefined)[],
): Promise<{ entries: Entry[]; state: SessionState }> {
  const entries: Entry[] = [];
  let state = start;
  for (const [i, step] of flow.steps.entries()) {
    const exchange = await prober.send(envelope(prober.ids, visit, state, stepRequest(step, slotValues?.[i])));
    const over = i < flow.steps.length - 1 ? sessionOverBy(exchange) : undefined;
    const last = i === flow.steps.length - 1 || over !== undefined;
    const stopped = over === undefined ? meta : { ...meta, stoppedAt: { step: i + 1, of: flow.steps.length, why: over } };
    entries.push({ label: `${label} step ${i + 1} ${stepName(step)}`, role: last ? lastRole : 'step', exchange, meta: stopped });
    state = continueSession(state, exchange.body);
    if (over !== undefined) break;
  }
  return { entries, state };
}
