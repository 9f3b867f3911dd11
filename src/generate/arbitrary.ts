import type fc from 'fast-check';
import type { JsonSchema } from '../schema/registry.js';
import { contextFor } from './context-cache.js';
import { rootNode } from './nodes.js';
import type { GenerateOptions } from './options.js';

/**
 * Values valid against a schema of schemas/ (by id, e.g. "shopping/product-entity") or a schema object.
 * Built once per schema and options, then shared.
 */
export function arbitraryOf<T = unknown>(schemaOrId: string | JsonSchema, options?: GenerateOptions): fc.Arbitrary<T> {
  return contextFor(options).arbitrary([rootNode(schemaOrId)]) as fc.Arbitrary<T>;
}
