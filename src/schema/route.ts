import type { SchemaError } from './ajv.js';

type Routes = Record<string, string>;

/**
 * The requirement an ajv error counts against: the `x-requirements` entry of the schema node where
 * the error arose (`{ "maxItems": "SHOP-RECOMMEND-COUNT" }`, `{ "required:listType": "SHOP-LIST-TYPE" }`,
 * `{ "additionalProperties:attribution": "SHOP-ATTRIBUTION" }`),
 * else the fallback (the schema's general requirement). Needs errors from a `verbose` ajv.
 */
export function requirementOf(error: SchemaError, fallback: string): string {
  const routes = (error.parentSchema as { 'x-requirements'?: Routes } | undefined)?.['x-requirements'];
  if (!routes) return fallback;
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty?: string }).missingProperty;
    return routes[`required:${missing}`] ?? fallback;
  }
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty?: string }).additionalProperty;
    return routes[`additionalProperties:${extra}`] ?? routes['additionalProperties'] ?? fallback;
  }
  return routes[error.keyword] ?? fallback;
}

/** One line per error: where, and what ajv says. */
export const describeError = (e: SchemaError): string => `${e.instancePath || '/'} ${e.message ?? e.keyword}${detailOf(e)}`;

/** What ajv's message leaves out: the property it refused, the value it wanted. */
function detailOf(e: SchemaError): string {
  const params = e.params as { additionalProperty?: unknown; allowedValue?: unknown };
  if (e.keyword === 'additionalProperties') return ` (${String(params.additionalProperty)})`;
  if (e.keyword === 'const') return ` (${JSON.stringify(params.allowedValue)})`;
  return '';
}
