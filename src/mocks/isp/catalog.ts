import fc from 'fast-check';
import { arbitraryOf } from '../../generate/index.js';
import { schemaById } from '../../schema/registry.js';
import type { InSkillProduct } from '../../types/index.js';

export type Entitlement = 'ENTITLED' | 'NOT_ENTITLED';

export interface CatalogOptions {
  minLength?: number;
  maxLength?: number;
}

const owns = (p: InSkillProduct): boolean => p.entitled === 'ENTITLED';
const once = (p: InSkillProduct): boolean => p.type !== 'CONSUMABLE';

/**
 * The product in a state the real service can hold (seed 002's sample response): a one-time purchase or a
 * subscription the customer owns cannot be bought again, so it is NOT_PURCHASABLE; a consumable stays as it is.
 */
export function realistic(product: InSkillProduct): InSkillProduct {
  return owns(product) && once(product) && product.purchasable !== 'NOT_PURCHASABLE' ? { ...product, purchasable: 'NOT_PURCHASABLE' } : product;
}

/**
 * Catalogs of in-skill products generated from the isp/in-skill-product schema, so the page's invariants
 * hold (a SUBSCRIPTION or ENTITLEMENT counts 0 or 1; ENTITLED counts at least one), with unique productIds,
 * in states the service can hold.
 */
export function catalogArbitrary({ minLength = 0, maxLength = 12 }: CatalogOptions = {}): fc.Arbitrary<InSkillProduct[]> {
  return fc.uniqueArray(arbitraryOf<InSkillProduct>('isp/in-skill-product'), { minLength, maxLength, selector: (p) => p.productId }).map((c) => c.map(realistic));
}

/**
 * The product as this user would see it entitled or not, in a state the service can hold: an owned
 * SUBSCRIPTION or ENTITLEMENT counts 1 and is NOT_PURCHASABLE; one not owned counts 0 and, when it was
 * NOT_PURCHASABLE only because it was owned, is PURCHASABLE again. A CONSUMABLE keeps its purchasable
 * state (it can always be bought again) and counts the units bought: at least one when ENTITLED, none when not.
 */
export function withEntitlement(product: InSkillProduct, entitled: Entitlement): InSkillProduct {
  const consumable = !once(product);
  const count = entitled === 'ENTITLED' ? (consumable ? Math.max(1, product.activeEntitlementCount) : 1) : 0;
  const purchasable = consumable ? product.purchasable : entitled === 'ENTITLED' ? 'NOT_PURCHASABLE' : owns(product) ? 'PURCHASABLE' : product.purchasable;
  const out = { ...product, entitled, activeEntitlementCount: count, purchasable } as InSkillProduct;
  if (out.entitlementReason !== undefined) {
    const reasoned = out.entitlementReason !== 'NOT_PURCHASED';
    if (entitled === 'ENTITLED' && !reasoned) out.entitlementReason = 'PURCHASED';
    if (entitled === 'NOT_ENTITLED' && reasoned) out.entitlementReason = 'NOT_PURCHASED';
  }
  return out;
}

export const entitleAll = (catalog: readonly InSkillProduct[], entitled: Entitlement): InSkillProduct[] =>
  catalog.map((p) => withEntitlement(p, entitled));

/** The product after the customer bought it: a consumable counts one unit more and stays PURCHASABLE; anything else is owned. */
export function purchased(product: InSkillProduct): InSkillProduct {
  if (once(product)) return withEntitlement(product, 'ENTITLED');
  const bought = withEntitlement(product, 'ENTITLED');
  return { ...bought, activeEntitlementCount: owns(product) ? product.activeEntitlementCount + 1 : 1 } as InSkillProduct;
}

/** Nothing the customer does not own is for sale (a country or device where the products are not offered). */
export const notForSale = (catalog: readonly InSkillProduct[]): InSkillProduct[] =>
  catalog.map((p) => (owns(p) ? p : { ...p, purchasable: 'NOT_PURCHASABLE' as const }));

/** Products the customer could accept an offer of: PURCHASABLE and not owned. */
export const buyable = (catalog: readonly { purchasable?: unknown; entitled?: unknown }[]): number =>
  catalog.filter((p) => p.purchasable === 'PURCHASABLE' && p.entitled !== 'ENTITLED').length;

/**
 * A catalog of `size` products built from `base` (each copy with its own productId, referenceName and a short
 * name): more products than one page of the service (100) holds, so that listing them honestly pages.
 */
export function largeCatalog(base: readonly InSkillProduct[], size: number): InSkillProduct[] {
  if (base.length === 0) return [];
  return Array.from({ length: size }, (_, i) => {
    const p = base[i % base.length] as InSkillProduct;
    return { ...p, productId: `${p.productId}.${i}`, referenceName: `${p.referenceName}_${i}`, name: `pack ${i + 1}` };
  });
}

/** The catalog the page's sample response shows: an entitlement, a subscription the user has, a consumable bought twice. */
export function sampleCatalog(): InSkillProduct[] {
  const examples = schemaById('isp/in-skill-product')['examples'] as InSkillProduct[];
  return structuredClone(examples.slice(0, 3));
}
