import { kindAndValue, TYPENAMES } from './identifiers.js';
import type { OrderRecord } from './store.js';

/** An order as the Order type of sdl.ts answers it. */
export function orderAnswer(order: OrderRecord): Record<string, unknown> {
  return {
    id: order.id,
    executionState: order.executionState,
    deliveryInformation: { deliveryStatus: order.deliveryStatus },
    aliases: order.aliases.map((a) => ({ aliasType: a.aliasType ?? null, aliasId: a.aliasId })),
    lineItems: order.lineItems.map((line) => {
      const { kind, value } = kindAndValue(line.key);
      return { id: line.id, purchasedItem: { itemId: { __typename: TYPENAMES[kind], value }, title: line.title }, quantity: { amount: line.quantity } };
    }),
    createdAt: order.createdAt,
  };
}

/** A copy without null fields: GraphQL lets a client send null for an optional field, the JSON Schemas do not. */
export function stripNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(stripNulls) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, stripNulls(v)])) as T;
}
