/**
 * Hand-built cases of the client verb for the PAY-* and BWP-* checks: the steps a harness asked of an adapter,
 * how each ended, and the calls the Amazon Pay and Buy with Prime mocks recorded.
 */
import type { CartLine, PlaceOrderInput } from '../../src/client/adapter.js';
import type { BlockedCall, ClientCase, ClientStep, Outcome } from '../../src/client/cases.js';
import type { BwpCall } from '../../src/mocks/bwp/core.js';
import type { BwpOperation } from '../../src/mocks/bwp/resolvers.js';
import type { PayCall, PayRule } from '../../src/mocks/pay/core.js';

export const resolved = (value: unknown = {}): Outcome => ({ resolved: true, value, ms: 5 });
export const rejected = (message: string, extra: { code?: string; reasonCode?: string } = {}): Outcome => ({ resolved: false, error: { message, ...extra }, ms: 5 });

/** One adapter operation whose calls are the whole case's (the step ran alone); resolved and effective unless told. */
export function stepOf(op: ClientStep['op'], over: Partial<ClientStep> = {}): ClientStep {
  return { op, input: {}, outcome: resolved(), effect: true, pay: [0, 0], bwp: [0, 0], ...over };
}

export function clientCase(family: string, steps: ClientStep[], calls: { pay?: PayCall[]; bwp?: BwpCall[]; blocked?: BlockedCall[]; facts?: Record<string, unknown> } = {}): ClientCase {
  const pay = calls.pay ?? [];
  const bwp = calls.bwp ?? [];
  return {
    family,
    index: 0,
    label: `${family} #0`,
    steps: steps.map((s) => ({ ...s, pay: s.pay[1] === 0 ? [0, pay.length] : s.pay, bwp: s.bwp[1] === 0 ? [0, bwp.length] : s.bwp })),
    payCalls: pay,
    bwpCalls: bwp,
    blocked: calls.blocked ?? [],
    facts: calls.facts ?? {},
  };
}

// Amazon Pay

export const PAY_URL = 'http://127.0.0.1:1/live/v2/deliveryTrackers';
const SHIPMENT = { trackingNumber: '1Z999AA10123456784', carrierCode: 'UPS' };

/** A Create Delivery Tracker call Amazon Pay accepted. */
export const payAccepted = (): PayCall => ({
  method: 'POST',
  url: PAY_URL,
  headers: {},
  status: 200,
  body: { chargePermissionId: 'S01-0000000-0000001', deliveryDetails: [SHIPMENT] },
  answer: { chargePermissionId: 'S01-0000000-0000001', deliveryDetails: [SHIPMENT] },
});

/** A call the Amazon Pay mock refused for `broke`, as it answers: status, reasonCode and message. */
export const payRefused = (broke: PayRule, status: number, reasonCode: string, message: string): PayCall => ({ ...payAccepted(), status, answer: { reasonCode, message }, broke });

/** One createDeliveryTracker step over these calls. */
export const trackerCase = (pay: PayCall[], over: Partial<ClientStep> = {}, blocked: BlockedCall[] = []): ClientCase =>
  clientCase('pay/ship', [stepOf('createDeliveryTracker', over)], { pay, blocked });

/** Each refusal of the Amazon Pay mock, as it answers it. */
export const PAY_REFUSALS: Readonly<Record<PayRule, PayCall>> = {
  endpoint: payRefused('endpoint', 404, 'ResourceNotFound', 'no Amazon Pay operation is served at /v2/deliveryTracker'),
  auth: payRefused('auth', 400, 'MissingHeader', 'The Authorization header is missing or names no PublicKeyId.'),
  body: payRefused('body', 400, 'InvalidInputFormat', 'The request body is malformed: deliveryDetails/0 must have required property carrierCode.'),
  'order-id': payRefused('order-id', 400, 'InvalidParameterValue', 'Give exactly one of amazonOrderReferenceId and chargePermissionId.'),
  'order-unknown': payRefused('order-unknown', 400, 'InvalidParameterValue', 'The value provided for chargePermissionId is invalid: no live order has it.'),
  carrier: payRefused('carrier', 400, 'InvalidParameterValue', 'The value provided for carrierCode is invalid: UPSS is not on the carrierCode list.'),
  'tracking-reused': payRefused('tracking-reused', 400, 'InvalidParameterValue', 'The value provided for trackingNumber is invalid: 1Z999AA10123456784 has been used already.'),
};

// Buy with Prime

export const LINE: CartLine = { sku: 'MUG-STONEWARE', title: 'Stoneware mug', quantity: 2, unitPrice: { amount: 16.8, currencyCode: 'USD' }, tax: { amount: 2.77, currencyCode: 'USD' } };

/** A createOrder line item of LINE, named by `itemId`, with its tax on it unless told. */
export const lineItem = (itemId: Record<string, string> = { SKU: LINE.sku }, withTax = true) => ({
  purchasedItem: { itemId, title: LINE.title, price: { currentPrice: LINE.unitPrice } },
  quantity: { amount: 2 },
  selectedDeliveryOffer: { details: { deliveryProvider: 'BUY_WITH_PRIME', id: 'DO-1', deliveryPreviewId: 'DP-1' } },
  ...(withTax ? { taxes: { summary: { collectableTaxAmount: LINE.tax } } } : {}),
});

export const ALIAS = [{ aliasType: 'EXTERNAL_ID', aliasId: 'R7-000001' }];
/** A createOrder input of LINE with the payment T-1 and one alias. */
export const orderInput = (over: Record<string, unknown> = {}) => ({ lineItems: [lineItem()], orderAliases: ALIAS, payments: [{ transactionId: 'T-1' }], ...over });

/** An operation the API ran: made (an order's id) or refused with a ValidationException code. */
export function operation(field: string, input: Record<string, unknown>, outcome: { orderId: string } | { code: string }): BwpOperation {
  return 'orderId' in outcome
    ? { field, args: { input }, ok: true, result: { order: { id: outcome.orderId, executionState: 'NOT_STARTED' } } }
    : { field, args: { input }, ok: false, code: outcome.code, message: `refused: ${outcome.code}` };
}

export const GRAPHQL_URL = 'http://127.0.0.1:1/graphql';
export const bwpCall = (op: BwpOperation, over: Partial<BwpCall> = {}): BwpCall => ({ method: 'POST', url: GRAPHQL_URL, headers: {}, status: 200, answer: {}, body: {}, operations: [op], ...over });

/** What the harness asks placeOrder for: LINE, paid with T-1. */
export const PLACE_INPUT = { cart: [LINE], payment: { transactionId: 'T-1' } } as unknown as PlaceOrderInput;

/** One placeOrder of PLACE_INPUT (or `count` side by side) over these calls, resolved with O-1 unless told. */
export function orderCase(calls: BwpCall[], over: Partial<ClientStep> = {}, family = 'bwp/order', count = 1, facts: Record<string, unknown> = {}): ClientCase {
  const step = stepOf('placeOrder', { input: PLACE_INPUT, outcome: resolved({ orderId: 'O-1' }), ...over });
  return clientCase(family, Array.from({ length: count }, () => step), { bwp: calls, facts });
}

/** A placeOrder whose createOrder the API refused with `code`, the step rejecting with it. */
export const refusedOrder = (code: string): ClientCase => orderCase([bwpCall(operation('createOrder', orderInput(), { code }))], { outcome: rejected(`createOrder failed: ${code}`, { code }), effect: false });
/** A placeOrder whose createOrder made the order O-1. */
export const placedOrder = (): ClientCase => orderCase([bwpCall(operation('createOrder', orderInput(), { orderId: 'O-1' }))]);

/** A setExecutionState of O-1 to `state` in a state family; its updateOrder made it, or was refused with `code`. */
export function stateCase(family: string, state: 'STARTED' | 'NOT_STARTED', code?: string): ClientCase {
  const input = { orderId: 'O-1', state };
  const op = operation('updateOrder', { id: 'O-1', executionState: state }, code === undefined ? { orderId: 'O-1' } : { code });
  const outcome = code === undefined ? resolved({}) : rejected(`updateOrder failed: ${code}`, { code });
  return clientCase(family, [stepOf('setExecutionState', { input, outcome, effect: code === undefined })], { bwp: [bwpCall(op)] });
}
