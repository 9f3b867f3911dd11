import type { CartLine, PlaceOrderInput } from '../adapter.js';
import type { ClientCase } from '../cases.js';
import { lineItemValue } from '../item-ids.js';
import type { ClientCheck, ClientProblem } from './types.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The createOrder inputs the client sent in a case (whatever the API made of them). */
function createOrderInputs(c: ClientCase): Record<string, unknown>[] {
  return c.bwpCalls.flatMap((call) => call.operations.filter((o) => o.field === 'createOrder' && isRecord(o.args['input'])).map((o) => o.args['input'] as Record<string, unknown>));
}

const placeInputs = (c: ClientCase): PlaceOrderInput[] => c.steps.filter((s) => s.op === 'placeOrder').map((s) => s.input as PlaceOrderInput);

/** The line item of a cart line: by its identifier, of whichever kind the client used (SKU, ID, ExternalId), else by position. */
function lineItemOf(input: Record<string, unknown>, line: CartLine, at: number): Record<string, unknown> | undefined {
  const items = Array.isArray(input['lineItems']) ? input['lineItems'].filter(isRecord) : [];
  return items.find((item) => lineItemValue(item) === line.sku) ?? items[at];
}

/** BWP-LINE-CHARGES (SHOULD): the cart's taxes and discounts are on their line items. */
const lineCharges: ClientCheck = {
  id: 'BWP-LINE-CHARGES',
  applies: (c) => placeInputs(c).some((p) => p.cart.some((l) => l.tax || l.discount)),
  problems: (c) => {
    const cart = placeInputs(c)[0]?.cart ?? [];
    return createOrderInputs(c).flatMap((input) =>
      cart.flatMap((line, at): ClientProblem[] => {
        const item = lineItemOf(input, line, at);
        const missing = [line.tax && !isRecord(item?.['taxes']) ? 'tax' : undefined, line.discount && !isRecord(item?.['discounts']) ? 'discount' : undefined].filter((m) => m !== undefined);
        return missing.length === 0 ? [] : [{ message: `the ${missing.join(' and ')} of ${line.sku} is not on its line item${isRecord(input['discounts']) ? ' (the order carries discounts as a whole)' : ''}` }];
      }),
    );
  },
};

/** BWP-PAYMENT-DETAILS (SHOULD): createOrder carries the payment transaction the merchant recorded. */
const paymentDetails: ClientCheck = {
  id: 'BWP-PAYMENT-DETAILS',
  applies: (c) => placeInputs(c).length > 0,
  problems: (c) => {
    const transactions = placeInputs(c).map((p) => p.payment.transactionId);
    return createOrderInputs(c)
      .filter((input) => !transactions.some((t) => JSON.stringify(input['payments'] ?? null).includes(t)))
      .map(() => ({ message: `createOrder carries no payment transaction details (the payment was ${transactions.join(', ')})` }));
  },
};

export const bwpChargeChecks: readonly ClientCheck[] = [lineCharges, paymentDetails];
