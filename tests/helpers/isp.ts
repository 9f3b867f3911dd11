import nock from 'nock';
import type { services } from 'ask-sdk-model';
import { API_ENDPOINT } from './envelopes.js';

type InSkillProduct = services.monetization.InSkillProduct;

export const PRODUCTS_PATH = '/v1/users/~current/skills/~current/inSkillProducts';

/** An in-skill product as the service lists it; purchasable and not entitled unless told otherwise. */
export function product(id: string, name: string, overrides: Partial<InSkillProduct> = {}): InSkillProduct {
  return {
    productId: `amzn1.adg.product.${id}`,
    referenceName: id,
    name,
    type: 'SUBSCRIPTION',
    summary: `${name}, for testing.`,
    purchasable: 'PURCHASABLE',
    entitled: 'NOT_ENTITLED',
    entitlementReason: 'NOT_PURCHASED',
    activeEntitlementCount: 0,
    purchaseMode: 'TEST',
    ...overrides,
  };
}

export interface SeenRequest {
  query: Record<string, string>;
  headers: Record<string, string>;
}

function flatten(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), Array.isArray(value) ? value.join(', ') : String(value)]));
}

/**
 * Serves the product list in pages: page n answers the query whose nextToken is `page-n` (the first,
 * none), with isTruncated and nextToken set while pages remain. Returns the requests the skill made.
 */
export function mockProductPages(pages: InSkillProduct[][]): SeenRequest[] {
  const seen: SeenRequest[] = [];
  pages.forEach((products, index) => {
    const last = index === pages.length - 1;
    nock(API_ENDPOINT)
      .get(PRODUCTS_PATH)
      .query((query) => (index === 0 ? query['nextToken'] === undefined : query['nextToken'] === `page-${index + 1}`))
      .reply(function (uri) {
        const query = Object.fromEntries(new URL(uri, API_ENDPOINT).searchParams);
        seen.push({ query, headers: flatten(this.req.headers) });
        return [200, { inSkillProducts: products, isTruncated: !last, nextToken: last ? null : `page-${index + 2}` }];
      });
  });
  return seen;
}

export const mockProducts = (products: InSkillProduct[]): SeenRequest[] => mockProductPages([products]);

/** The ways the product service fails: an error status, a dropped connection, or an answer too late. */
export const FAULTS = ['400', '401', '404', '500', 'network', 'slow'] as const;
export type Fault = (typeof FAULTS)[number];

export function mockFault(fault: Fault, delayMs: number): void {
  const scope = nock(API_ENDPOINT).get(PRODUCTS_PATH).query(true);
  if (fault === 'network') scope.replyWithError('socket hang up');  // nock 14 emits no error for the object form
  else if (fault === 'slow') scope.delay(delayMs).reply(200, { inSkillProducts: [product('late', 'Late Product')], isTruncated: false, nextToken: null });
  else scope.reply(Number(fault), { message: `status ${fault}` });
}
