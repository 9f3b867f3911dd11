import fc from 'fast-check';
import type { DeliveryStatus, ExecutionState } from '../../mocks/bwp/store.js';
import type { SetExecutionStateInput } from '../adapter.js';
import { family, type ClientFamily, type FamilyRun } from '../family.js';
import { recordCase, runSteps } from '../step.js';

interface StateCase {
  name: string;
  /** The order as fulfilment left it (the variants alternate by case). */
  seeded: readonly { executionState: ExecutionState; deliveryStatus: DeliveryStatus }[];
  asked: SetExecutionStateInput['state'];
  /** updateOrder answers late (the state is set at once). */
  slow?: boolean;
}

/**
 * "Updating the execution state": an order put in a state by fulfilment, and the client asked to set one.
 * Resolving means the order is in the state asked for; the page's failing transitions must not be sent.
 */
function stateFamily({ name, seeded, asked, slow = false }: StateCase): ClientFamily {
  return family({
    name,
    needs: ['setExecutionState'],
    ...(slow ? { maxRuns: 1 } : {}),
    parameters: () => fc.constant(null),
    run: (_params, index, { adapter, env, timeoutMs }: FamilyRun) => {
      const state = seeded[index % seeded.length]!;
      const order = env.store.seedOrder(state);
      return recordCase(env, name, index, { ...state, asked, ...(slow ? { fault: 'slow' } : {}) }, async (c, base) => {
        if (slow) env.store.inject('slow', { field: 'updateOrder' });
        const input: SetExecutionStateInput = { orderId: order.id, state: asked };
        await runSteps(adapter, env, c, base, [{ op: 'setExecutionState', input, effect: () => order.executionState === asked }], timeoutMs);
        if (slow) env.store.clearFaults();
      });
    },
  });
}

export const bwpStart = stateFamily({ name: 'bwp/start', seeded: [{ executionState: 'NOT_STARTED', deliveryStatus: 'PENDING' }], asked: 'STARTED' });
export const bwpSlowStart = stateFamily({ name: 'bwp/slow-start', seeded: [{ executionState: 'NOT_STARTED', deliveryStatus: 'PENDING' }], asked: 'STARTED', slow: true });
export const bwpRevert = stateFamily({ name: 'bwp/revert', seeded: [{ executionState: 'STARTED', deliveryStatus: 'PENDING' }], asked: 'NOT_STARTED' });
export const bwpInTransit = stateFamily({ name: 'bwp/in-transit', seeded: [{ executionState: 'STARTED', deliveryStatus: 'IN_TRANSIT' }], asked: 'STARTED' });
// Cancelled before fulfilment started, and after (the page's case): a client that checks only "already started" passes the second.
export const bwpCancelled = stateFamily({
  name: 'bwp/cancelled',
  seeded: [
    { executionState: 'NOT_STARTED', deliveryStatus: 'CANCELLED' },
    { executionState: 'STARTED', deliveryStatus: 'CANCELLED' },
  ],
  asked: 'STARTED',
});
