import type { BwpItemIdentifierInput } from '../../types/index.js';

export const ITEM_KINDS = ['SKU', 'ID', 'ExternalId'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** How the preview names each kind of identifier (GraphQL __typename; an assumption, see sdl.ts). */
export const TYPENAMES: Readonly<Record<ItemKind, string>> = {
  SKU: 'SkuItemIdentifier',
  ID: 'BuyWithPrimeItemIdentifier',
  ExternalId: 'ExternalItemIdentifier',
};

/** An identifier as one string, kind included: a SKU and an ID with the same value are different items. */
export function itemKey(id: BwpItemIdentifierInput | Record<string, unknown>): string {
  const entries = Object.entries(id).filter(([, v]) => v !== undefined && v !== null);
  const [kind, value] = entries[0] ?? ['?', '?'];
  return `${kind}:${String(value)}`;
}

export function kindAndValue(key: string): { kind: ItemKind; value: string } {
  const at = key.indexOf(':');
  return { kind: key.slice(0, at) as ItemKind, value: key.slice(at + 1) };
}
