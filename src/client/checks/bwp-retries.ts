import type { BwpOperation } from '../../mocks/bwp/resolvers.js';
import { stepBwpCalls, type ClientCase, type ClientStep } from '../cases.js';
import type { ClientCheck, ClientProblem } from './types.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const orderIdOf = (o: BwpOperation): string | undefined => {
  const order = isRecord(o.result) && isRecord(o.result['order']) ? o.result['order'] : undefined;
  return typeof order?.['id'] === 'string' ? order['id'] : undefined;
};

/** The createOrder operations of a case, in the order the mock ran them. */
const createOrders = (calls: ClientCase['bwpCalls']): BwpOperation[] => calls.flatMap((call) => call.operations.filter((o) => o.field === 'createOrder'));

/** The lines of a createOrder input, as one string: a retry sends the same. */
const linesOf = (o: BwpOperation): string => JSON.stringify(isRecord(o.args['input']) ? (o.args['input']['lineItems'] ?? null) : null);

const aliasesOf = (o: BwpOperation): string[] => {
  const input = isRecord(o.args['input']) ? o.args['input'] : {};
  return [...(Array.isArray(input['orderAliases']) ? input['orderAliases'] : []), ...(Array.isArray(input['aliases']) ? input['aliases'] : [])]
    .filter(isRecord)
    .map((a) => `${String(a['aliasType'] ?? '')}\u0000${String(a['aliasId'])}`);
};

/**
 * Whether a createOrder refused for an alias already held is the same order sent again, after an earlier
 * createOrder of the case made it with those aliases: a retry (judged by BWP-ORDER-ONCE), not an alias taken
 * from another order.
 */
export function isRetryOfPlacedOrder(c: ClientCase, refused: BwpOperation): boolean {
  const all = createOrders(c.bwpCalls);
  const at = all.indexOf(refused);
  const mine = aliasesOf(refused);
  return mine.length > 0 && all.slice(0, at).some((o) => o.ok && linesOf(o) === linesOf(refused) && mine.every((a) => aliasesOf(o).includes(a)));
}

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
 * BWP-ORDER-ONCE: one placeOrder makes at most one order. A client that gives up on a slow createOrder (which
 * made the order) and sends it again leaves the shopper with two orders of one cart.
 */
const orderOnce: ClientCheck = {
  id: 'BWP-ORDER-ONCE',
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
};

export const bwpRetryChecks: readonly ClientCheck[] = [orderOnce];
