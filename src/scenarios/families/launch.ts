import fc from 'fast-check';
import { arbitraryOf } from '../../generate/index.js';
import { envelope, openSession, visitArbitrary, type Visit } from '../envelope.js';
import { type PropertyFamily } from '../family.js';

interface Input {
  visit: Visit;
  request: Record<string, unknown>;
}

/** A LaunchRequest opening a new session ("Alexa, open ..."), in every configured locale. */
export const launch: PropertyFamily<Input> = {
  kind: 'property',
  name: 'launch',
  arbitrary: (plan) =>
    fc.record({
      visit: visitArbitrary(plan),
      // A launch that names a task comes from another skill's connection, not from a customer.
      request: arbitraryOf<Record<string, unknown>>('alexa/launch-request', { now: plan.now }).map(({ task: _task, ...request }) => request),
    }),
  examples: () => [],
  run: async ({ visit, request }, prober) => {
    const exchange = await prober.send(envelope(prober.ids, visit, openSession(visit), request));
    return [{ label: `launch ${visit.locale}`, role: 'launch', exchange, meta: {} }];
  },
};
