import fc from 'fast-check';
import { arbitraryOf } from '../../generate/index.js';
import { schemaById } from '../../schema/registry.js';
import type { InSkillProduct } from '../../types/index.js';

export type Entitlement = 'ENTITLED' | 'NOT_ENTITLED';

export interface CatalogOptions {
  minLength?: number;
  maxLength?: number;
}

/**
 * Catalogs of in-skill products generated from the isp/in-skill-product schema, so the page's invariants
 * hold (a SUBSCRIPTION or ENTITLEMENT counts 0 or 1; ENTITLED counts at least one), with unique productIds.
 */
export function catalogArbitrary({ minLength = 0, maxLength = 12 }: CatalogOptions = {}): fc.Arbitrary<InSkillProduct[]> {
  return fc.uniqueArray(arbitraryOf<InSkillProduct>('isp/in-skill-product'), { minLength, maxLength, selector: (p) => p.productId });
}

/** A catalog with at least one PURCHASABLE product, wherever it falls. */
export function purchasableCatalogArbitrary(options: CatalogOptions = {}): fc.Arbitrary<InSkillProduct[]> {
  return fc
    .tuple(catalogArbitrary({ ...options, minLength: Math.max(1, options.minLength ?? 1) }), fc.nat())
    .map(([catalog, n]) => catalog.map((p, i) => (i === n % catalog.length ? { ...p, purchasable: 'PURCHASABLE' as const } : p)));
}

/**
 * The product as this user would see it entitled or not, keeping the invariants: an entitlement counts 1
 * for a SUBSCRIPTION or ENTITLEMENT and at least 1 for a CONSUMABLE; none for a SUBSCRIPTION or
 * ENTITLEMENT not entitled (a CONSUMABLE keeps its past purchases); entitlementReason follows.
 */
export function withEntitlement(product: InSkillProduct, entitled: Entitlement): InSkillProduct {
  const consumable = product.type === 'CONSUMABLE';
  const count = entitled === 'ENTITLED' ? (consumable ? Math.max(1, product.activeEntitlementCount) : 1) : consumable ? product.activeEntitlementCount : 0;
  const out = { ...product, entitled, activeEntitlementCount: count } as InSkillProduct;
  if (out.entitlementReason !== undefined) {
    const owns = out.entitlementReason !== 'NOT_PURCHASED';
    if (entitled === 'ENTITLED' && !owns) out.entitlementReason = 'PURCHASED';
    if (entitled === 'NOT_ENTITLED' && owns) out.entitlementReason = 'NOT_PURCHASED';
  }
  return out;
}

export const entitleAll = (catalog: readonly InSkillProduct[], entitled: Entitlement): InSkillProduct[] =>
  catalog.map((p) => withEntitlement(p, entitled));

/** The catalog the page's sample response shows: an entitlement, a subscription the user has, a consumable bought twice. */
export function sampleCatalog(): InSkillProduct[] {
  const examples = schemaById('isp/in-skill-product')['examples'] as InSkillProduct[];
  return structuredClone(examples.slice(0, 3));
}
