import { ITEM_KINDS, itemKey, kindAndValue } from '../mocks/bwp/identifiers.js';
import type { BwpStore } from '../mocks/bwp/store.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The cart's value of an item identifier, whatever its kind (SKU, ID or ExternalId): the harness names each item
 * by one string, and a client may send it as any kind, as long as the preview and the order agree (BWP-ITEM-ID).
 */
function itemValue(itemId: unknown): string | undefined {
  if (!isRecord(itemId)) return undefined;
  const key = itemKey(itemId);
  return key === '?:?' ? undefined : kindAndValue(key).value;
}

/** The identifier value of a createOrder line item (purchasedItem.itemId). */
export const lineItemValue = (item: Record<string, unknown>): string | undefined => (isRecord(item['purchasedItem']) ? itemValue(item['purchasedItem']['itemId']) : undefined);

/** Stocks an item under every identifier kind, so that a client naming items by any kind meets the same stock. */
export function stockEveryKind(store: BwpStore, value: string, units: number, group: string): void {
  for (const kind of ITEM_KINDS) store.stock({ [kind]: value }, units, group);
}
