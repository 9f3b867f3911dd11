import fc from 'fast-check';
import { kindAndValue } from '../../mocks/bwp/identifiers.js';
import type { BwpStore, PreviewRecord } from '../../mocks/bwp/store.js';
import type { Address, CartLine, DeliveryPreviewResult, PlaceOrderInput, PreviewInput, Shopper } from '../adapter.js';
import type { ClientCase } from '../cases.js';
import type { FamilyRun } from '../family.js';
import { addressPairArbitrary, emailOf, payment, type Serial } from '../inputs.js';
import { runSteps, type StepPlan } from '../step.js';

/** A shopper's checkout, as generated: who, where to, which offers, how many merchant ids the order has. */
export interface Checkout {
  cart: CartLine[];
  provider: Shopper['identityProvider'];
  addresses: [Address, Address];
  /** Whether the checkout knows the shipping address before the preview (else it previews without one). */
  addressInPreview: boolean;
  /** Which offer the shopper picks in each group (modulo the offers there). */
  offerPick: number;
  aliasCount: number;
  paymentMethod: string;
}

export const checkoutArbitrary = (cart: fc.Arbitrary<CartLine[]>, aliases: { min: number; max: number }, addressInPreview: fc.Arbitrary<boolean>): fc.Arbitrary<Checkout> =>
  fc.record({
    cart,
    provider: fc.constantFrom('LWA' as const, 'APAY' as const),
    addresses: addressPairArbitrary,
    addressInPreview,
    offerPick: fc.nat(),
    aliasCount: fc.integer({ min: aliases.min, max: aliases.max }),
    paymentMethod: fc.constantFrom('AMAZON_PAY', 'CREDIT_CARD'),
  });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A merchant's ids for an order: its order number, then display and invoice numbers, all unique in the run. */
function aliasesOf(count: number, serial: Serial): PlaceOrderInput['aliases'] {
  const types = ['EXTERNAL_ID', 'EXTERNAL_DISPLAY_ID', 'INVOICE_ID', 'CART_ID', 'FULFILMENT_ID', 'ERP_ID', 'CRM_ID'];
  return Array.from({ length: count }, (_, i) => ({ aliasType: types[i % types.length]!, aliasId: serial.next() }));
}

/** The preview the client resolved with, if the mock gave one with those groups. */
function previewOf(store: BwpStore, value: unknown): PreviewRecord | undefined {
  if (!isRecord(value) || typeof value['id'] !== 'string' || !Array.isArray(value['deliveryGroups'])) return undefined;
  const record = store.previews.get(value['id']);
  const groups = (value['deliveryGroups'] as unknown[]).map((g) => (isRecord(g) ? g['id'] : undefined));
  return record && record.groups.every((g) => groups.includes(g.id)) ? record : undefined;
}

const previewInput = (checkout: Checkout, shopper: Shopper): PreviewInput => ({
  cart: checkout.cart,
  shopper,
  ...(checkout.addressInPreview ? { shippingAddress: checkout.addresses[0] } : {}),
});

const previewPlan = (store: BwpStore, input: PreviewInput): StepPlan => ({ op: 'previewDelivery', input, effect: (value) => previewOf(store, value) !== undefined });

/** The order the client placed, if it is a new order of the store holding the cart's items and quantities. */
function placed(store: BwpStore, before: ReadonlySet<string>, cart: readonly CartLine[], value: unknown): boolean {
  const id = isRecord(value) ? value['orderId'] : undefined;
  const order = typeof id === 'string' && !before.has(id) ? store.orders.get(id) : undefined;
  if (!order) return false;
  // By the identifier's value, whichever kind the client named the item by (the preview and order agree on it).
  const want = cart.map((l) => `${l.sku}=${l.quantity}`).sort();
  return JSON.stringify(order.lineItems.map((l) => `${kindAndValue(l.key).value}=${l.quantity}`).sort()) === JSON.stringify(want);
}

export function orderPlan(run: FamilyRun, checkout: Checkout, shopper: Shopper, preview: DeliveryPreviewResult): StepPlan {
  const { store } = run.env;
  const record = store.previews.get(preview.id)!;
  const selectedOffers = Object.fromEntries(record.groups.map((g) => [g.id, g.offers[checkout.offerPick % g.offers.length]!.id]));
  const name = checkout.addresses[0].name;
  const input: PlaceOrderInput = {
    preview,
    selectedOffers,
    cart: checkout.cart,
    shopper,
    shippingAddress: checkout.addresses[0],
    billingAddress: checkout.addresses[1],
    customer: { name, email: emailOf(name) },
    aliases: aliasesOf(checkout.aliasCount, run.serial),
    payment: payment(checkout.cart, run.serial, checkout.paymentMethod),
  };
  const before = new Set(store.orders.keys());
  return { op: 'placeOrder', input, effect: (value) => placed(store, before, checkout.cart, value) };
}

/** Previews the cart for a new shopper; the preview, when the client resolved with the mock's. */
export async function preview(run: FamilyRun, c: ClientCase, base: { pay: number; bwp: number }, checkout: Checkout): Promise<{ shopper: Shopper; preview?: DeliveryPreviewResult }> {
  const shopper: Shopper = { identityProvider: checkout.provider, idPToken: run.env.store.shopper().idPToken };
  const [step] = await runSteps(run.adapter, run.env, c, base, [previewPlan(run.env.store, previewInput(checkout, shopper))], run.timeoutMs);
  return step?.effect && step.outcome.resolved ? { shopper, preview: step.outcome.value as DeliveryPreviewResult } : { shopper };
}

/** The whole checkout: preview, then order with the shopper's picks. */
export async function checkoutCase(run: FamilyRun, c: ClientCase, base: { pay: number; bwp: number }, checkout: Checkout): Promise<void> {
  const { shopper, preview: previewed } = await preview(run, c, base, checkout);
  if (previewed) await runSteps(run.adapter, run.env, c, base, [orderPlan(run, checkout, shopper, previewed)], run.timeoutMs);
}
