import fc from 'fast-check';
import { arbitraryOf } from '../../generate/index.js';
import { envelope, openSession, visitArbitrary, type Visit } from '../envelope.js';
import { type PropertyFamily } from '../family.js';

interface Input {
  visit: Visit;
  request: Record<string, unknown>;
}

const REASONS = ['USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS'];

/** The request as Alexa sends it: an error object only with reason ERROR, which is what it describes. */
function asAlexaSends(request: Record<string, unknown>): Record<string, unknown> {
  if (request['reason'] === 'ERROR') return request;
  const { error: _error, ...rest } = request;
  return rest;
}

/** SessionEndedRequest of each reason, in an open session. */
export const sessionEnded: PropertyFamily<Input> = {
  kind: 'property',
  name: 'session-ended',
  arbitrary: (plan) =>
    fc.record({ visit: visitArbitrary(plan), request: arbitraryOf<Record<string, unknown>>('alexa/session-ended-request', { now: plan.now }).map(asAlexaSends) }),
  examples: (plan) => {
    const [sample] = fc.sample(sessionEnded.arbitrary(plan), { seed: plan.seed, numRuns: 1 });
    if (!sample) return [];
    return REASONS.map((reason) => {
      const { error: _error, ...request } = sample.request;
      return { ...sample, request: reason === 'ERROR' ? { ...request, reason, error: { type: 'INVALID_RESPONSE', message: 'The response was invalid.' } } : { ...request, reason } };
    });
  },
  run: async ({ visit, request }, prober) => {
    const exchange = await prober.send(envelope(prober.ids, visit, { ...openSession(visit), new: false }, request));
    return [{ label: `SessionEndedRequest ${String(request['reason'])}`, role: 'session-ended', exchange, meta: {} }];
  },
};
