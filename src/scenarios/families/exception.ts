import fc from 'fast-check';
import { arbitraryOf } from '../../generate/index.js';
import { envelope, openSession, visitArbitrary, type Visit } from '../envelope.js';
import { type PropertyFamily } from '../family.js';

interface Input {
  visit: Visit;
  inSession: boolean;
  request: Record<string, unknown>;
}

const ERROR_TYPES = ['INVALID_RESPONSE', 'DEVICE_COMMUNICATION_ERROR', 'INTERNAL_SERVICE_ERROR'];

/** System.ExceptionEncountered, as Alexa sends it when a task started with SEND_ERRORS_ONLY fails. */
export const exception: PropertyFamily<Input> = {
  kind: 'property',
  name: 'exception',
  arbitrary: (plan) =>
    fc.record({
      visit: visitArbitrary(plan),
      inSession: fc.boolean(),
      request: arbitraryOf<Record<string, unknown>>('alexa/exception-encountered-request', { now: plan.now }),
    }),
  // Each error.type once, first.
  examples: (plan) => {
    const [sample] = fc.sample(exception.arbitrary(plan), { seed: plan.seed, numRuns: 1 });
    if (!sample) return [];
    return ERROR_TYPES.map((type) => ({ ...sample, request: { ...sample.request, error: { type, message: `${type} while handling a StartConnection` } } }));
  },
  run: async ({ visit, inSession, request }, prober) => {
    const state = { ...openSession(visit), inSession, new: false };
    const exchange = await prober.send(envelope(prober.ids, visit, state, request));
    const type = (request['error'] as { type?: string } | undefined)?.type;
    return [{ label: `System.ExceptionEncountered ${type ?? ''}${inSession ? ' in session' : ''}`, role: 'exception', exchange, meta: {} }];
  },
};
