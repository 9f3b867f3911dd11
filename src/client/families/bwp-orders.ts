import fc from 'fast-check';
import { BWP_FAULTS } from '../../mocks/bwp/faults.js';
import { family } from '../family.js';
import { singleLine, spanningCartArbitrary } from '../inputs.js';
import { stockEveryKind } from '../item-ids.js';
import { recordCase, runSteps } from '../step.js';
import { checkoutArbitrary, checkoutCase, orderPlan, preview } from './checkout.js';

const NEEDS = ['previewDelivery', 'placeOrder'] as const;

/** A checkout across both delivery groups, with the shipping address known at preview time. */
export const bwpOrder = family({
  name: 'bwp/order',
  needs: NEEDS,
  parameters: () => checkoutArbitrary(spanningCartArbitrary, { min: 1, max: 4 }, fc.constant(true)),
  run: (checkout, index, run) => recordCase(run.env, 'bwp/order', index, { cart: checkout.cart }, (c, base) => checkoutCase(run, c, base, checkout)),
});

/** A merchant order with more ids than an order can hold (six or seven), previewed without an address. */
export const bwpAliases = family({
  name: 'bwp/aliases',
  needs: NEEDS,
  parameters: () => checkoutArbitrary(spanningCartArbitrary, { min: 6, max: 7 }, fc.constant(false)),
  run: (checkout, index, run) => recordCase(run.env, 'bwp/aliases', index, { cart: checkout.cart }, (c, base) => checkoutCase(run, c, base, checkout)),
});

/** An item whose offer is valid while no unit is left: ItemOutOfStock must reach the shopper. */
export const bwpOutOfStock = family({
  name: 'bwp/out-of-stock',
  needs: NEEDS,
  parameters: () => fc.tuple(checkoutArbitrary(fc.constant([]), { min: 1, max: 2 }, fc.boolean()), fc.integer({ min: 1, max: 3 })),
  run: ([checkout, quantity], index, run) => {
    const sku = `OOS-${index}`;
    stockEveryKind(run.env.store, sku, 0, 'A');
    const cart = [singleLine(sku, quantity)];
    return recordCase(run.env, 'bwp/out-of-stock', index, { cart, code: 'ItemOutOfStock' }, (c, base) => checkoutCase(run, c, base, { ...checkout, cart }));
  },
});

/** Fewer units left than asked for: SelectedQuantityNotAvailable must reach the shopper. */
export const bwpShortStock = family({
  name: 'bwp/short-stock',
  needs: NEEDS,
  parameters: () => fc.tuple(checkoutArbitrary(fc.constant([]), { min: 1, max: 2 }, fc.boolean()), fc.integer({ min: 2, max: 4 })),
  run: ([checkout, quantity], index, run) => {
    const sku = `LOW-${index}`;
    stockEveryKind(run.env.store, sku, quantity - 1, 'B');
    const cart = [singleLine(sku, quantity)];
    return recordCase(run.env, 'bwp/short-stock', index, { cart, code: 'SelectedQuantityNotAvailable' }, (c, base) => checkoutCase(run, c, base, { ...checkout, cart }));
  },
});

/** Two shoppers order the last unit at once: one order, and the inventory code for the other. */
export const bwpRace = family({
  name: 'bwp/race',
  needs: NEEDS,
  parameters: () => fc.tuple(checkoutArbitrary(fc.constant([]), { min: 1, max: 2 }, fc.boolean()), checkoutArbitrary(fc.constant([]), { min: 1, max: 2 }, fc.boolean())),
  run: ([first, second], index, run) => {
    const sku = `LAST-${index}`;
    stockEveryKind(run.env.store, sku, 1, 'A');
    const cart = [singleLine(sku, 1)];
    return recordCase(run.env, 'bwp/race', index, { cart, race: true }, async (c, base) => {
      const shoppers = [];
      for (const checkout of [first, second]) shoppers.push({ checkout: { ...checkout, cart }, ...(await preview(run, c, base, { ...checkout, cart })) });
      const ready = shoppers.filter((s) => s.preview !== undefined);
      await runSteps(run.adapter, run.env, c, base, ready.map((s) => orderPlan(run, s.checkout, s.shopper, s.preview!)), run.timeoutMs);
    });
  },
});

/** createOrder fails on demand (throttling, a server error): the caller must learn the order was not placed. */
export const bwpFault = family({
  name: 'bwp/fault',
  needs: NEEDS,
  parameters: () => fc.tuple(checkoutArbitrary(spanningCartArbitrary, { min: 1, max: 3 }, fc.boolean()), fc.constantFrom(...BWP_FAULTS.filter((f) => f !== 'slow'))),
  run: ([checkout, fault], index, run) =>
    recordCase(run.env, 'bwp/fault', index, { cart: checkout.cart, fault }, (c, base) => {
      run.env.store.inject(fault, { field: 'createOrder' });
      return checkoutCase(run, c, base, checkout);
    }),
});

/**
 * createOrder answers late (the order is made at once): a client that waits resolves with the order; one that
 * gives up and sends createOrder again must not leave the shopper with a second order of the cart.
 */
export const bwpSlowOrder = family({
  name: 'bwp/slow-order',
  needs: NEEDS,
  maxRuns: 2,
  parameters: () => checkoutArbitrary(spanningCartArbitrary, { min: 1, max: 3 }, fc.boolean()),
  run: (checkout, index, run) =>
    recordCase(run.env, 'bwp/slow-order', index, { cart: checkout.cart, fault: 'slow' }, async (c, base) => {
      run.env.store.inject('slow', { field: 'createOrder' });
      await checkoutCase(run, c, base, checkout);
      run.env.store.clearFaults();
    }),
});
