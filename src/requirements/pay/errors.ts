import { carries, stepPayCalls } from '../../client/cases.js';
import { describePayCall, tracks } from '../../client/checks/pay-refusals.js';
import type { ClientProblem } from '../../client/checks/types.js';
import { clientRequirement } from '../define.js';

/**
 * An error answer reaches the caller: a resolved createDeliveryTracker left a tracker for every shipment; one that
 * rejected after an injected 400 says which reasonCode.
 */
export default clientRequirement({
  entry: {
    id: 'PAY-ERRORS',
    level: 'MUST',
    title: 'An error answer (400 InvalidInputFormat or InvalidParameterValue, throttling, a server error) reaches the caller: the operation rejects, with the reasonCode of a 400, and resolves only once every shipment has its tracker.',
    source: {
      page: 'Amazon Pay API v2: Delivery Tracker',
      section: 'Create Delivery Tracker',
    },
    basis: 'inferred',
    inference: 'The API answers 400 InvalidInputFormat or InvalidParameterValue to a request it refuses, and no tracker exists then; a client that resolves anyway tells its caller the buyer will be notified when the buyer will not.',
  },
  check: {
    applies: tracks,
    problems: (c) =>
      c.steps.flatMap((step): ClientProblem[] => {
        if (step.op !== 'createDeliveryTracker') return [];
        const calls = stepPayCalls(c, step);
        const last = calls.at(-1);
        if (step.outcome.resolved && !step.effect)
          return [{ message: `createDeliveryTracker resolved, but Amazon Pay holds no tracker for every shipment${last ? ` (the last call ${describePayCall(last)})` : ' (no call reached Amazon Pay)'}` }];
        const injected = calls.find((call) => call.fault !== undefined && call.status === 400);
        const code = (injected?.answer as { reasonCode?: string } | undefined)?.reasonCode;
        if (!step.outcome.resolved && code !== undefined && !carries(step.outcome, code))
          return [{ message: `createDeliveryTracker rejected without the reasonCode ${code} Amazon Pay answered (it said "${step.outcome.error.message}")` }];
        return [];
      }),
  },
  needs: ['createDeliveryTracker'],
  lacking: 'the adapter has no createDeliveryTracker',
});
