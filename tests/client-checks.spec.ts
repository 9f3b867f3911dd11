/**
 * Client checks on hand-built cases: BWP-ORDER-ONCE (a createOrder sent again after it made the order), the
 * alias rule not counting such a retry twice, and line-item matching by every identifier kind.
 */
import { expect, test } from '@playwright/test';
import type { BwpCall } from '../src/mocks/bwp/core.js';
import type { BwpOperation } from '../src/mocks/bwp/resolvers.js';
import type { CartLine, PlaceOrderInput } from '../src/client/adapter.js';
import type { ClientCase, ClientStep } from '../src/client/cases.js';
import { CLIENT_CHECKS } from '../src/requirements/registry.js';

const check = (id: string) => CLIENT_CHECKS.find((c) => c.id === id)!;

const LINE: CartLine = { sku: 'MUG-STONEWARE', title: 'Stoneware mug', quantity: 2, unitPrice: { amount: 16.8, currencyCode: 'USD' }, tax: { amount: 2.77, currencyCode: 'USD' } };

const lineItem = (itemId: Record<string, string>, withTax = true) => ({
  purchasedItem: { itemId, title: LINE.title, price: { currentPrice: LINE.unitPrice } },
  quantity: { amount: 2 },
  selectedDeliveryOffer: { details: { deliveryProvider: 'BUY_WITH_PRIME', id: 'DO-1', deliveryPreviewId: 'DP-1' } },
  ...(withTax ? { taxes: { summary: { collectableTaxAmount: LINE.tax } } } : {}),
});

function createOrder(input: Record<string, unknown>, outcome: { orderId: string } | { code: string }): BwpOperation {
  return 'orderId' in outcome
    ? { field: 'createOrder', args: { input }, ok: true, result: { order: { id: outcome.orderId, executionState: 'NOT_STARTED' } } }
    : { field: 'createOrder', args: { input }, ok: false, code: outcome.code, message: `refused: ${outcome.code}` };
}

const call = (operation: BwpOperation, fault?: string): BwpCall => ({
  method: 'POST',
  url: 'http://127.0.0.1:1/graphql',
  headers: {},
  status: 200,
  answer: {},
  body: {},
  operations: [operation],
  ...(fault ? { fault } : {}),
});

/** A case of one placeOrder step (or `steps` side by side) whose window holds `calls`. */
function orderCase(calls: BwpCall[], steps = 1): ClientCase {
  const input = { cart: [LINE], payment: { transactionId: 'T-1' } } as unknown as PlaceOrderInput;
  const step: ClientStep = { op: 'placeOrder', input, outcome: { resolved: true, value: { orderId: 'O-1' }, ms: 5 }, effect: true, pay: [0, 0], bwp: [0, calls.length] };
  return { family: 'bwp/slow-order', index: 0, label: 'bwp/slow-order #0', steps: Array.from({ length: steps }, () => step), payCalls: [], bwpCalls: calls, blocked: [], facts: { fault: 'slow' } };
}

const ALIAS = [{ aliasType: 'EXTERNAL_ID', aliasId: 'R7-000001' }];
const input = (aliases = ALIAS) => ({ lineItems: [lineItem({ SKU: LINE.sku })], orderAliases: aliases });

test.describe('BWP-ORDER-ONCE', () => {
  test('fires when one placeOrder made two orders (createOrder sent again after a slow answer)', () => {
    const c = orderCase([call(createOrder(input([]), { orderId: 'O-1' }), 'slow'), call(createOrder(input([]), { orderId: 'O-2' }))]);
    expect(check('BWP-ORDER-ONCE').applies(c)).toBe(true);
    const problems = check('BWP-ORDER-ONCE').problems(c);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('made 2 orders (O-1, O-2)');
    expect(problems[0]!.message).toContain('slow');
  });

  test('does not fire on one order, nor on two placeOrder calls side by side making one each', () => {
    expect(check('BWP-ORDER-ONCE').problems(orderCase([call(createOrder(input(), { orderId: 'O-1' }), 'slow')]))).toEqual([]);
    const race = orderCase([call(createOrder(input(), { orderId: 'O-1' })), call(createOrder(input([{ aliasType: 'EXTERNAL_ID', aliasId: 'other' }]), { orderId: 'O-2' }))], 2);
    expect(check('BWP-ORDER-ONCE').problems(race)).toEqual([]);
  });

  test('does not fire when the retry was refused (its alias was held by the order the first call made)', () => {
    const c = orderCase([call(createOrder(input(), { orderId: 'O-1' }), 'slow'), call(createOrder(input(), { code: 'AliasValueAlreadyExists' }))]);
    expect(check('BWP-ORDER-ONCE').problems(c)).toEqual([]);
  });
});

test.describe('BWP-ALIAS-UNIQUE and a retry', () => {
  test('a retry of the order just made, refused for its own alias, is not an alias of another order', () => {
    const c = orderCase([call(createOrder(input(), { orderId: 'O-1' }), 'slow'), call(createOrder(input(), { code: 'AliasValueAlreadyExists' }))]);
    expect(check('BWP-ALIAS-UNIQUE').problems(c)).toEqual([]);
  });

  test('an alias held by an order of another cart (or of no createOrder of the case) still fires', () => {
    const other = { lineItems: [lineItem({ SKU: 'KETTLE-GOOSENECK' })], orderAliases: ALIAS };
    const c = orderCase([call(createOrder(other, { orderId: 'O-1' })), call(createOrder(input(), { code: 'AliasValueAlreadyExists' }))]);
    expect(check('BWP-ALIAS-UNIQUE').problems(c)).toHaveLength(1);
    const alone = orderCase([call(createOrder(input(), { code: 'AliasValueAlreadyExists' }))]);
    expect(check('BWP-ALIAS-UNIQUE').problems(alone)).toHaveLength(1);
  });
});

test.describe('BWP-LINE-CHARGES by identifier kind', () => {
  for (const kind of ['SKU', 'ID', 'ExternalId']) {
    test(`finds the line item of an item named by ${kind}`, () => {
      // The charged line second, so that matching by position would find the wrong one.
      const plain = { ...lineItem({ [kind]: 'YOGA-MAT-BLUE' }, false) };
      const charged = orderCase([call(createOrder({ lineItems: [plain, lineItem({ [kind]: LINE.sku })] }, { orderId: 'O-1' }))]);
      expect(check('BWP-LINE-CHARGES').applies(charged)).toBe(true);
      expect(check('BWP-LINE-CHARGES').problems(charged)).toEqual([]);
      const bare = orderCase([call(createOrder({ lineItems: [lineItem({ [kind]: 'YOGA-MAT-BLUE' }), lineItem({ [kind]: LINE.sku }, false)] }, { orderId: 'O-1' }))]);
      expect(check('BWP-LINE-CHARGES').problems(bare).map((p) => p.message)).toEqual([`the tax of ${LINE.sku} is not on its line item`]);
    });
  }
});
