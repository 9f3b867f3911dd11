import { randomBytes } from 'node:crypto';
import type { InSkillProduct, InSkillProductsQuery, InSkillProductsResponse } from '../../types/index.js';

/** The service's upper limit on a page (the maxResults parameter: "less than the upper limit of 100"). */
export const MAX_PAGE = 100;

/** The filters of a query, as a key: a nextToken continues only the listing it was issued for. */
export const filtersOf = (q: InSkillProductsQuery): string => JSON.stringify([q.purchasable ?? null, q.entitled ?? null, q.productType ?? null]);

const matches = (p: InSkillProduct, q: InSkillProductsQuery): boolean =>
  (q.purchasable === undefined || p.purchasable === q.purchasable) &&
  (q.entitled === undefined || p.entitled === q.entitled) &&
  (q.productType === undefined || p.type === q.productType);

/** Where an issued nextToken continues: which listing, from which product. */
export interface Continuation {
  filters: string;
  offset: number;
}

/** Opaque continuation tokens, as the page describes them: only the service knows what they mean. */
export class Continuations {
  private readonly issued = new Map<string, Continuation>();

  issue(at: Continuation): string {
    const token = randomBytes(18).toString('base64url');
    this.issued.set(token, at);
    return token;
  }

  find(token: string): Continuation | undefined {
    return this.issued.get(token);
  }
}

/** One page of the filtered catalog from `offset`, at most `limit` long, with a nextToken when more remain. */
export function page(catalog: readonly InSkillProduct[], q: InSkillProductsQuery, offset: number, limit: number, tokens: Continuations): InSkillProductsResponse {
  const all = catalog.filter((p) => matches(p, q));
  const end = offset + limit;
  const inSkillProducts = structuredClone(all.slice(offset, end));
  if (end >= all.length) return { inSkillProducts, isTruncated: false, nextToken: null };
  return { inSkillProducts, isTruncated: true, nextToken: tokens.issue({ filters: filtersOf(q), offset: end }) };
}
