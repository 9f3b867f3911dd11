/** What a case's orders carry: the createOrder inputs the client sent, the placeOrder inputs it was given, a cart line's line item. */
import type { CartLine, PlaceOrderInput } from '../adapter.js';
import type { ClientCase } from '../cases.js';
import { lineItemValue } from '../item-ids.js';

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The createOrder inputs the client sent in a case (whatever the API made of them). */
export function createOrderInputs(c: ClientCase): Record<string, unknown>[] {
  return c.bwpCalls.flatMap((call) => call.operations.filter((o) => o.field === 'createOrder' && isRecord(o.args['input'])).map((o) => o.args['input'] as Record<string, unknown>));
}

export const placeInputs = (c: ClientCase): PlaceOrderInput[] => c.steps.filter((s) => s.op === 'placeOrder').map((s) => s.input as PlaceOrderInput);

/** The line item of a cart line: by its identifier, of whichever kind the client used (SKU, ID, ExternalId), else by position. */
export function lineItemOf(input: Record<string, unknown>, line: CartLine, at: number): Record<string, unknown> | undefined {
  const items = Array.isArray(input['lineItems']) ? input['lineItems'].filter(isRecord) : [];
  return items.find((item) => lineItemValue(item) === line.sku) ?? items[at];
}
