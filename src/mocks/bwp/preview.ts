import type { BwpDeliveryPreview, BwpDeliveryPreviewInput } from '../../types/index.js';
import { itemKey, kindAndValue, TYPENAMES } from './identifiers.js';
import type { BwpStore, OfferRecord, PreviewGroup, PreviewRecord } from './store.js';

const DAY = 86_400_000;

/**
 * A delivery preview for an input the schema accepted: the items grouped by the store's delivery groups, each
 * group with its offers (faster ones first). Offers are given whatever the stock: the page says an offer can
 * be valid while inventory cannot cover the order, and createOrder is where that shows.
 */
export function makePreview(store: BwpStore, input: BwpDeliveryPreviewInput): PreviewRecord {
  const byGroup = new Map<string, PreviewGroup>();
  for (const item of input.items) {
    const key = itemKey(item.itemIdentifier);
    const group = store.item(key).group;
    let entry = byGroup.get(group);
    if (!entry) byGroup.set(group, (entry = { id: store.ids.next('DG'), items: [], offers: offers(store) }));
    entry.items.push({ key, amount: item.amount.value, ...(item.amount.unit !== undefined ? { unit: item.amount.unit } : {}) });
  }
  const preview: PreviewRecord = { id: store.ids.next('DP'), groups: [...byGroup.values()] };
  const address = input.terms?.location.shippingAddress;
  if (address && Object.keys(address).length > 0) preview.address = { ...address } as Record<string, string>;
  if (input.shopperIdentity) preview.shopperId = store.shopperOf(input.shopperIdentity.idPToken);
  store.previews.set(preview.id, preview);
  return preview;
}

function offers(store: BwpStore): OfferRecord[] {
  const count = Math.max(1, store.options.offersPerGroup ?? 2);
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(store.now.getTime() + (i + 1) * 2 * DAY).toISOString();
    return { id: store.ids.next('DO'), earliest: day, latest: day };
  });
}

/** The preview as the API answers it (schemas/bwp/delivery-preview). */
export function previewAnswer(preview: PreviewRecord): BwpDeliveryPreview {
  return {
    id: preview.id,
    deliveryGroups: preview.groups.map((g) => ({
      id: g.id,
      items: g.items.map((i) => {
        const { kind, value } = kindAndValue(i.key);
        return { itemIdentifier: { __typename: TYPENAMES[kind], value }, amount: { unit: i.unit ?? null, value: i.amount } };
      }),
      deliveryOffers: g.offers.map((o) => ({
        id: o.id,
        date: { earliest: o.earliest, latest: o.latest },
        expiresAt: null,
        price: { totalPrice: { amount: 0, currencyCode: 'USD' } },
        policy: { messaging: { messageText: `Get it by ${o.latest.slice(0, 10)}`, locale: 'en-US', badge: 'PRIME' } },
      })),
    })),
    shopperIdentity: { shopperId: preview.shopperId ?? null },
  };
}
