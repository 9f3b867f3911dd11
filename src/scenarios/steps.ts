import type { Entry, EntryMeta, Role } from '../checks/types.js';
import type { Prober } from './prober.js';
import type { Flow, Step } from '../types/index.js';
import { continueSession, envelope, intentRequest, type SessionState, type Visit } from './envelope.js';

export const stepRequest = (step: Step, slots?: Record<string, string | undefined>): Record<string, unknown> =>
  'intent' in step ? intentRequest(step.intent, slots ?? step.slots) : { type: 'LaunchRequest' };

export const stepName = (step: Step): string => ('intent' in step ? step.intent : 'LaunchRequest');

/**
 * Runs a flow's steps in one session, as Alexa would: same sessionId, new=false after the first, the
 * attributes the skill returned. The last entry gets `lastRole`. Returns the entries and the state after.
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
    const last = i === flow.steps.length - 1;
    const exchange = await prober.send(envelope(prober.ids, visit, state, stepRequest(step, slotValues?.[i])));
    entries.push({ label: `${label} step ${i + 1} ${stepName(step)}`, role: last ? lastRole : 'step', exchange, meta });
    state = continueSession(state, exchange.body);
  }
  return { entries, state };
}
