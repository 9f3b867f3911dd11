/**
 * How a team binds its own commerce client to `alexa-shopping-conformance client --adapter <file>`.
 *
 * The adapter file is an ES module (or CommonJS) that exports `adapter` (or a default export) implementing
 * the operations below that the team's code supports: Amazon Pay (createDeliveryTracker), Buy with Prime
 * (previewDelivery and placeOrder, together; setExecutionState). Each operation calls the team's real client
 * code with the base URLs and credentials of `ctx`, in place of Amazon's hosts and the team's keys.
 *
 * The contract every operation keeps:
 * - resolve only when the operation took effect (the trackers exist, the order exists, the state is set);
 * - reject when it did not, with an Error whose `code` (or message) carries the service's code when the
 *   service gave one (reasonCode for Amazon Pay, the ValidationException code for Buy with Prime), so that an
 *   injected error reaches the caller instead of being swallowed;
 * - retrying a throttled or failed call is fine, as long as the outcome follows the two rules above; a call
 *   retried after the client's own timeout must not send an accepted tracking number again, nor make a second
 *   order (slow answers come late with the work done). README.md, "Write an adapter", has the whole contract.
 *
 *   // conformance-adapter.mjs
 *   import { shipOrder, checkout, fulfil } from './src/commerce.js';
 *   export const adapter = {
 *     createDeliveryTracker: (input, ctx) => shipOrder(input.order, input.shipments, { payHost: ctx.pay.baseUrl, publicKeyId: ctx.pay.publicKeyId }),
 *     previewDelivery: (input, ctx) => checkout.preview(input, { endpoint: ctx.bwp.endpoint, token: ctx.bwp.accessToken }),
 *     placeOrder: (input, ctx) => checkout.place(input, { endpoint: ctx.bwp.endpoint, token: ctx.bwp.accessToken }),
 *     setExecutionState: (input, ctx) => fulfil(input.orderId, input.state, { endpoint: ctx.bwp.endpoint, token: ctx.bwp.accessToken }),
 *   };
 */

/** Where the Amazon Pay mock is, and the key to name (signatures are not checked). */
export interface PayContext {
  /** In place of https://pay-api.amazon.com: the client POSTs to `${baseUrl}/sandbox/v2/deliveryTrackers` (or the unified path). */
  baseUrl: string;
  /** The environment the test orders live in: Sandbox, as the page's sandbox test has it. */
  environment: 'sandbox' | 'live';
  /**
   * The public key id for `Authorization: AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=<id>, SignedHeaders=..., Signature=...`.
   * Without an environment prefix it must go to /{environment}/v2/deliveryTrackers; a SANDBOX-/LIVE- prefixed
   * one may use the unified /v2/deliveryTrackers.
   */
  publicKeyId: string;
}

/** Where the Buy with Prime mock is, and the token to send. */
export interface BwpContext {
  /** In place of https://api.buywithprime.amazon.com/graphql: POST GraphQL here. */
  endpoint: string;
  /** Send as `Authorization: Bearer <accessToken>`. */
  accessToken: string;
}

export interface ClientContext {
  pay: PayContext;
  bwp: BwpContext;
  /** Aborted when the harness gives up on the operation (after its time limit, 10 s by default): pass it to fetch. */
  signal: AbortSignal;
}

export interface Money {
  amount: number;
  currencyCode: string;
}

/** An Amazon Pay order as the merchant's system stored it at checkout: one id, or both for a migrated order. */
export interface PayOrderRef {
  chargePermissionId?: string;
  amazonOrderReferenceId?: string;
}

/** A parcel handed to a carrier: the carrier's code from Amazon Pay's carrierCode list, and its tracking number. */
export interface Shipment {
  carrierCode: string;
  trackingNumber: string;
}

/** New shipments of an order, to be tracked so that Alexa can tell the buyer when they arrive. */
export interface DeliveryTrackerInput {
  order: PayOrderRef;
  shipments: Shipment[];
}

/** A postal address as the merchant's checkout holds it. */
export interface Address {
  name: string;
  streetAddress: string;
  locality: string;
  region: string;
  countryCode: string;
  postalCode: string;
  contactNumber?: string;
}

/** The shopper's Amazon identity, captured at checkout (IdentityTokenInput). */
export interface Shopper {
  identityProvider: 'LWA' | 'APAY';
  idPToken: string;
}

/** A line of the cart: a catalog SKU, how many, its price, and the charges on it. */
export interface CartLine {
  sku: string;
  title: string;
  quantity: number;
  unitPrice: Money;
  /** Tax on the line, when the merchant charges any. */
  tax?: Money;
  /** Discount on the line, when a promotion applies. */
  discount?: Money;
}

export interface PreviewInput {
  cart: CartLine[];
  shopper: Shopper;
  /** The shopper's shipping address, when the checkout knows it before the preview. */
  shippingAddress?: Address;
}

/** The deliveryPreview as the API answered it (at least id, deliveryGroups[].id, items and deliveryOffers[].id). */
export interface DeliveryPreviewResult {
  id: string;
  deliveryGroups: { id: string; items?: unknown[]; deliveryOffers: { id: string }[] }[];
  [key: string]: unknown;
}

/** Payment as the merchant's payment processor recorded it. */
export interface Payment {
  method: string;
  transactionId: string;
  amount: Money;
  capturedAt: string;
}

export interface PlaceOrderInput {
  /** What previewDelivery resolved with for this cart. */
  preview: DeliveryPreviewResult;
  /** The shopper's choice: the id of the delivery offer picked in each delivery group, by group id. */
  selectedOffers: Record<string, string>;
  cart: CartLine[];
  shopper: Shopper;
  shippingAddress: Address;
  billingAddress: Address;
  customer: { name: string; email: string };
  /** The order's identifiers in the merchant's system, unique across its orders: the order number first. There may be more than an order can hold. */
  aliases: { aliasType: string; aliasId: string }[];
  payment: Payment;
}

export interface SetExecutionStateInput {
  orderId: string;
  /** STARTED to start fulfilment; NOT_STARTED to hold it (impossible once it started). */
  state: 'STARTED' | 'NOT_STARTED';
}

/** The operations a team's client supports; at least one API's. */
export interface CommerceAdapter {
  /** Amazon Pay Create Delivery Tracker for new shipments of an order. */
  createDeliveryTracker?(input: DeliveryTrackerInput, ctx: ClientContext): Promise<unknown>;
  /** Buy with Prime deliveryPreview for a cart; resolves with the preview as the API answered it. */
  previewDelivery?(input: PreviewInput, ctx: ClientContext): Promise<DeliveryPreviewResult>;
  /** Buy with Prime createOrder for a previewed cart; resolves with the order's id. */
  placeOrder?(input: PlaceOrderInput, ctx: ClientContext): Promise<{ orderId: string }>;
  /** Buy with Prime updateOrder of the execution state: resolves once the order is in that state. */
  setExecutionState?(input: SetExecutionStateInput, ctx: ClientContext): Promise<unknown>;
}

export const ADAPTER_OPERATIONS = ['createDeliveryTracker', 'previewDelivery', 'placeOrder', 'setExecutionState'] as const;
export type AdapterOperation = (typeof ADAPTER_OPERATIONS)[number];
