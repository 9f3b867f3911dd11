import type { GraphQLError } from 'graphql';
import type { BwpAliasInput, BwpIdentityTokenInput, BwpLineItemInput, BwpRecipientInput } from '../../types/index.js';
import { validationException } from './errors.js';
import { itemKey } from './identifiers.js';
import { aliasKey, type BwpStore, type ExecutionState, type OrderRecord, type PreviewRecord } from './store.js';

/** The most aliases an order holds ("Using order aliases"). */
const MAX_ALIASES = 5;

/**
 * The page's delivery preview rules for the Buy with Prime line items ("Specifying a delivery preview"): each
 * names a preview the store was given, an item of it, an offer of that item's group, and the item's quantity.
 * Returns the previews the lines use, or the first rule broken.
 */
export function matchLines(store: BwpStore, lines: readonly BwpLineItemInput[]): PreviewRecord[] | GraphQLError {
  const used = new Map<string, PreviewRecord>();
  for (const [at, line] of lines.entries()) {
    const details = line.selectedDeliveryOffer.details;
    if (details.deliveryProvider !== 'BUY_WITH_PRIME') continue;
    const preview = store.previews.get(details.deliveryPreviewId);
    if (!preview) return validationException('DeliveryPreviewIdMismatch', `lineItems[${at}]: deliveryPreviewId ${details.deliveryPreviewId} is not the id of a delivery preview of this store.`, { lineItem: at });
    const key = itemKey(line.purchasedItem.itemId);
    const group = preview.groups.find((g) => g.items.some((i) => i.key === key));
    const item = group?.items.find((i) => i.key === key);
    if (!group || !item) return validationException('ItemIdentifierMismatch', `lineItems[${at}]: the item ${key} is not an item of delivery preview ${preview.id}.`, { lineItem: at });
    if (!group.offers.some((o) => o.id === details.id)) return validationException('DeliveryOfferIdMismatch', `lineItems[${at}]: selectedDeliveryOffer.details.id ${details.id} is not an offer of the item's delivery group ${group.id}.`, { lineItem: at });
    if (line.quantity.amount !== item.amount) return validationException('QuantityMismatch', `lineItems[${at}]: quantity ${line.quantity.amount} differs from the delivery preview's ${item.amount}.`, { lineItem: at });
    used.set(preview.id, preview);
  }
  return [...used.values()];
}

/** ShopperIdMismatch: the token given must belong to the shopper the preview was made for. */
export function matchShopper(store: BwpStore, previews: readonly PreviewRecord[], identity: BwpIdentityTokenInput | undefined): GraphQLError | undefined {
  for (const preview of previews) {
    if (preview.shopperId === undefined) continue;
    // A missing token cannot prove the shopper either (assumed: the page names only a different shopper's token).
    if (!identity || store.shopperOf(identity.idPToken) !== preview.shopperId)
      return validationException('ShopperIdMismatch', `The shopper identity does not match the shopper of delivery preview ${preview.id}.`);
  }
  return undefined;
}

/** AddressMismatch: every field of the preview's shipping address must be the same in the deliveryAddress. */
export function matchAddress(previews: readonly PreviewRecord[], recipient: BwpRecipientInput | undefined): GraphQLError | undefined {
  for (const preview of previews) {
    if (!preview.address) continue;
    const given = (recipient?.deliveryAddress ?? {}) as Record<string, string | undefined>;
    const differs = Object.entries(preview.address).filter(([field, value]) => given[field] !== value).map(([field]) => field);
    if (differs.length > 0)
      return validationException('AddressMismatch', `The deliveryAddress differs from the shipping address of delivery preview ${preview.id} in ${differs.join(', ')}.`, { fields: differs });
  }
  return undefined;
}

export const tooManyAliases = (count: number): GraphQLError | undefined =>
  count > MAX_ALIASES ? validationException('AliasLimitExceeded', `An order holds at most ${MAX_ALIASES} aliases; this one would hold ${count}.`) : undefined;

/** At most five aliases an order, none held by another order of the store (nor twice in one). */
export function checkAliases(store: BwpStore, aliases: readonly BwpAliasInput[], order?: OrderRecord): GraphQLError | undefined {
  const own = new Set((order?.aliases ?? []).map(aliasKey));
  const fresh = aliases.filter((a) => !own.has(aliasKey(a)));
  const limit = tooManyAliases(own.size + fresh.length);
  if (limit) return limit;
  const seen = new Set<string>();
  for (const alias of fresh) {
    const key = aliasKey(alias);
    if (store.aliases.has(key) || seen.has(key)) return validationException('AliasValueAlreadyExists', `The alias ${alias.aliasId} is held by another order of this store.`, { aliasId: alias.aliasId });
    seen.add(key);
  }
  return undefined;
}

/** The execution state rules of "Updating the execution state". */
export function checkTransition(order: OrderRecord, desired: ExecutionState): GraphQLError | undefined {
  if (desired === 'NOT_STARTED' && order.executionState === 'STARTED')
    return validationException('InvalidOrderExecutionState', `Order ${order.id} is STARTED; it cannot go back to NOT_STARTED.`);
  if (desired === 'STARTED' && order.deliveryStatus === 'CANCELLED')
    return validationException('ExecutionCannotBeStartedDueToCancellation', `The delivery of order ${order.id} is CANCELLED.`);
  // DELIVERED is past IN_TRANSIT: the same answer (assumed; the page names IN_TRANSIT).
  if (desired === 'STARTED' && order.executionState === 'STARTED' && (order.deliveryStatus === 'IN_TRANSIT' || order.deliveryStatus === 'DELIVERED'))
    return validationException('ExecutionAlreadyStarted', `The delivery of order ${order.id} is ${order.deliveryStatus}.`);
  return undefined;
}

/**
 * "Avoiding inventory failures": reserves the lines' Buy with Prime units, or refuses with ItemOutOfStock (none
 * left) or SelectedQuantityNotAvailable (fewer than asked). Synchronous, so that concurrent orders for the last
 * unit cannot both pass the check before either takes it.
 */
export function reserve(store: BwpStore, lines: readonly BwpLineItemInput[]): GraphQLError | undefined {
  const wanted = new Map<string, number>();
  for (const line of lines) {
    if (line.selectedDeliveryOffer.details.deliveryProvider !== 'BUY_WITH_PRIME') continue;
    const key = itemKey(line.purchasedItem.itemId);
    wanted.set(key, (wanted.get(key) ?? 0) + line.quantity.amount);
  }
  for (const [key, units] of wanted) {
    const { stock } = store.item(key);
    if (stock <= 0) return validationException('ItemOutOfStock', `The item ${key} is out of stock.`, { item: key });
    if (stock < units) return validationException('SelectedQuantityNotAvailable', `Only ${stock} of the ${units} units of ${key} asked for are available.`, { item: key, available: stock });
  }
  for (const [key, units] of wanted) store.item(key).stock -= units;
  return undefined;
}
