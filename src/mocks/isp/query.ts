import { validate } from '../../schema/ajv.js';
import { describeError } from '../../schema/route.js';
import type { InSkillProductsQuery } from '../../types/index.js';

/** The query as the isp/query schema sees it: every value a string, a repeated parameter an array. */
export function queryOf(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) {
    const seen = out[key];
    out[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return out;
}

/** The query's schema errors, one line each; none means it is an InSkillProductsQuery. */
export function queryProblems(query: Record<string, unknown>): string[] {
  return validate('isp/query', query).map((e) => `query ${describeError(e)}`);
}

export const asQuery = (query: Record<string, unknown>): InSkillProductsQuery => query as InSkillProductsQuery;
