/** Hand-built probes of request verification for the SEC-* cases: the unsigned control request, then the probes, as the security family sends them. */
import type { Entry, Trace } from '../../src/checks/types.js';
import type { Exchange } from '../../src/targets/exchange.js';

const ENVELOPE = { version: '1.0', request: { type: 'LaunchRequest' } };
/** What a skill answers when it acts on the request: a response envelope. */
export const SKILL_ANSWER = { version: '1.0', response: { outputSpeech: { type: 'PlainText', text: 'Welcome' } } };

export function answer(status: number | undefined, body?: unknown, extra: Partial<Exchange> = {}): Exchange {
  return { request: ENVELOPE, ...(status === undefined ? {} : { status }), ...(body === undefined ? {} : { body }), bytes: 10, ms: 5, outbound: [], headers: { 'Signature-256': 'c2ln' }, ...extra };
}

export const REFUSED = answer(400, undefined, { raw: 'bad signature' });
export const ACCEPTED = answer(200, SKILL_ANSWER);
export const NO_ANSWER = answer(undefined, undefined, { error: 'no answer within 8000 ms', timedOut: true });

/** The probe meant for a requirement ('control' for the unsigned control request), and what became of it. */
export const probe = (requirement: string, ex: Exchange): Entry => ({ label: `probe of ${requirement}`, role: 'security', exchange: ex, meta: { probe: requirement, requirement } });

/** A run of the security family: the control request answered so, then these probes. */
export const probesAfter = (control: Exchange, ...entries: Entry[]): Trace => ({ family: 'security', caseId: 'security:probes', entries: [probe('control', control), ...entries] });
