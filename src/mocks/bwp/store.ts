import type { BwpAliasInput } from '../../types/index.js';
import type { BwpFault } from './faults.js';
import { itemKey } from './identifiers.js';

export type DeliveryStatus = 'PENDING' | 'IN_TRANSIT' | 'DELIVERED' | 'CANCELLED';
export type ExecutionState = 'NOT_STARTED' | 'STARTED';

export interface OfferRecord {
  id: string;
  earliest: string;
  latest: string;
}

export interface PreviewGroup {
  id: string;
  items: { key: string; amount: number; unit?: string }[];
  offers: OfferRecord[];
}

/** A delivery preview as given: what createOrder and updateOrder must later match. */
export interface PreviewRecord {
  id: string;
  groups: PreviewGroup[];
  /** The shipping address the query carried, field by field. */
  address?: Record<string, string>;
  shopperId?: string;
}

interface OrderLine {
  id: string;
  key: string;
  title: string;
  quantity: number;
}

export interface OrderRecord {
  id: string;
  executionState: ExecutionState;
  deliveryStatus: DeliveryStatus;
  aliases: BwpAliasInput[];
  lineItems: OrderLine[];
  previewIds: string[];
  createdAt: string;
}

export interface StockedItem {
  stock: number;
  /** Items of one group ship together: a preview puts them in one delivery group. */
  group: string;
}

export interface StoreOptions {
  /** Units of an item nobody stocked; default 100. */
  defaultStock?: number;
  /** Delivery offers per group; default 2. */
  offersPerGroup?: number;
  /** The clock of offer dates and order times; default 2026-01-01T00:00:00Z. */
  now?: Date;
}

/** Unique ids across the mock's stores, so one store's preview id is unknown to another. */
export class IdSource {
  private n = 0;
  next(prefix: string): string {
    return `${prefix}-${(++this.n).toString(36).toUpperCase().padStart(7, '0')}`;
  }
  orderId(): string {
    const n = ++this.n;
    const code = n.toString(36).toUpperCase().padStart(10, 'A');
    return `${100 + (n % 900)}-${code.slice(0, 4)}-${code.slice(4)}`;
  }
}

export const aliasKey = (a: BwpAliasInput): string => `${a.aliasType ?? ''}\u0000${a.aliasId}`;

/**
 * One merchant's store (one access token): its Buy with Prime inventory, the previews it was given, its orders,
 * the aliases they hold (unique across the store), its shoppers, and the faults to inject. The harness and a
 * team's tests arrange state through the methods here; the API changes it only through createOrder/updateOrder.
 */
export class BwpStore {
  readonly items = new Map<string, StockedItem>();
  readonly previews = new Map<string, PreviewRecord>();
  readonly orders = new Map<string, OrderRecord>();
  readonly aliases = new Map<string, string>();
  private readonly shoppers = new Map<string, string>();
  private readonly faults: { fault: BwpFault; field: string | undefined }[] = [];
  readonly now: Date;

  constructor(
    readonly token: string,
    readonly ids: IdSource,
    readonly options: StoreOptions = {},
  ) {
    this.now = options.now ?? new Date('2026-01-01T00:00:00Z');
  }

  /** Sets the units in stock of an item (a SKU, or an identifier input), in a delivery group. */
  stock(item: string | Record<string, string>, units: number, group?: string): void {
    const key = typeof item === 'string' ? `SKU:${item}` : itemKey(item);
    this.items.set(key, { stock: units, group: group ?? this.items.get(key)?.group ?? 'G1' });
  }

  /** The stock record of an item, made with the default stock when nobody stocked it. */
  item(key: string): StockedItem {
    let item = this.items.get(key);
    if (!item) this.items.set(key, (item = { stock: this.options.defaultStock ?? 100, group: 'G1' }));
    return item;
  }

  /** A shopper with an identity token (Login with Amazon style unless given). */
  shopper(idPToken?: string): { idPToken: string; shopperId: string } {
    const token = idPToken ?? `Atza|${this.ids.next('IwEB')}`;
    const shopperId = this.ids.next('amzn1.account');
    this.shoppers.set(token, shopperId);
    return { idPToken: token, shopperId };
  }

  /** Who a token belongs to: a registered shopper, or (a token never registered) a shopper of its own. */
  shopperOf(idPToken: string): string {
    return this.shoppers.get(idPToken) ?? `unregistered:${idPToken}`;
  }

  /** An order that exists without going through createOrder, to put in a state the page's rules are about. */
  seedOrder(state: { executionState?: ExecutionState; deliveryStatus?: DeliveryStatus; aliases?: BwpAliasInput[] } = {}): OrderRecord {
    const order: OrderRecord = {
      id: this.ids.orderId(),
      executionState: state.executionState ?? 'NOT_STARTED',
      deliveryStatus: state.deliveryStatus ?? 'PENDING',
      aliases: state.aliases ?? [],
      lineItems: [],
      previewIds: [],
      createdAt: this.now.toISOString(),
    };
    for (const alias of order.aliases) this.aliases.set(aliasKey(alias), order.id);
    this.orders.set(order.id, order);
    return order;
  }

  /** Fulfilment moves on: IN_TRANSIT and DELIVERED imply fulfilment STARTED. */
  setDelivery(orderId: string, status: DeliveryStatus): void {
    const order = this.orders.get(orderId);
    if (!order) throw new Error(`no order ${orderId} in this store`);
    order.deliveryStatus = status;
    if (status === 'IN_TRANSIT' || status === 'DELIVERED') order.executionState = 'STARTED';
  }

  setExecutionState(orderId: string, state: ExecutionState): void {
    const order = this.orders.get(orderId);
    if (!order) throw new Error(`no order ${orderId} in this store`);
    order.executionState = state;
  }

  /** The next `times` calls that select `field` (any call, without one) answer this fault. */
  inject(fault: BwpFault, { field, times = 1 }: { field?: string; times?: number } = {}): void {
    for (let i = 0; i < times; i++) this.faults.push({ fault, field });
  }

  pendingFaults(): number {
    return this.faults.length;
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** The fault for a call that selects these root fields, taken off the queue. */
  takeFault(fields: readonly string[]): BwpFault | undefined {
    const at = this.faults.findIndex((f) => f.field === undefined || fields.includes(f.field));
    if (at === -1) return undefined;
    return this.faults.splice(at, 1)[0]?.fault;
  }
}
