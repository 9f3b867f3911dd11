import { stepBwpCalls, type ClientCase, type ClientStep } from '../../client/cases.js';
import { createOrders, orderIdOf } from '../../client/checks/bwp-retries.js';
import type { ClientProblem } from '../../client/checks/types.js';
import { clientRequirement } from '../define.js';

/** Steps run side by side share one window of calls: grouped by it. */
function batches(c: ClientCase): ClientStep[][] {
  const groups = new Map<string, ClientStep[]>();
  for (const step of c.steps.filter((s) => s.op === 'placeOrder')) {
    const key = step.bwp.join('-');
    groups.set(key, [...(groups.get(key) ?? []), step]);
  }
  return [...groups.values()];
}

/**
 * One placeOrder makes at most one order. A client that gives up on a slow createOrder (which made the order) and
 * sends it again leaves the shopper with two orders of one cart.
 */
export default clientRequirement({
  entry: {
    id: 'BWP-ORDER-ONCE',
    level: 'MUST',
    title: 'One placed order is one Buy with Prime order: createOrder is not sent again after it made the order (a slow answer is not a lost one).',
    source: {
      page: 'Buy with Prime: Best Practices for Orders',
      section: 'Using order aliases',
    },
    basis: 'inferred',
    inference: 'The page has an order alias "associate a Buy with Prime order with a unique identifier in your system": one order of the merchant\'s system is one Buy with Prime order. A createOrder sent again after it made the order (its answer late, not lost) makes a second order of the same cart, which the shopper did not ask for.',
  },
  check: {
    applies: (c) => c.steps.some((s) => s.op === 'placeOrder'),
    problems: (c) =>
      batches(c).flatMap((steps): ClientProblem[] => {
        const made = createOrders(stepBwpCalls(c, steps[0]!)).filter((o) => o.ok);
        if (made.length <= steps.length) return [];
        const slow = stepBwpCalls(c, steps[0]!).some((call) => call.fault === 'slow');
        const ids = made.map(orderIdOf).filter((id) => id !== undefined);
        return [
          {
            message: `${steps.length === 1 ? 'one placeOrder' : `${steps.length} placeOrder calls`} made ${made.length} orders (${ids.join(', ')}): createOrder was sent again after it had made the order${slow ? ' (its answer was slow, not lost)' : ''}`,
          },
        ];
      }),
  },
  needs: ['placeOrder'],
  lacking: 'the adapter has no previewDelivery and placeOrder',
});
