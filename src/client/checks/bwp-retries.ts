/** The createOrder operations of a case, and whether one is the same order sent again after an earlier one made it. */
import type { BwpOperation } from '../../mocks/bwp/resolvers.js';
import type { ClientCase } from '../cases.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The id of the order a createOrder made. */
export const orderIdOf = (o: BwpOperation): string | undefined => {
  const order = isRecord(o.result) && isRecord(o.result['order']) ? o.result['order'] : undefined;
  return typeof order?.['id'] === 'string' ? order['id'] : undefined;
};

/** The createOrder operations of a case, in the order the mock ran them. */
export const createOrders = (calls: ClientCase['bwpCalls']): BwpOperation[] => calls.flatMap((call) => call.operations.filter((o) => o.field === 'createOrder'));

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
