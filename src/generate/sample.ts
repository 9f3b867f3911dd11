import fc from 'fast-check';
import type { JsonSchema } from '../schema/registry.js';
import { arbitraryOf } from './arbitrary.js';
import { boundaryInvalid, boundaryValues } from './boundary.js';
import { invalidArbitraryOf } from './invalid.js';
import type { GenerateOptions } from './options.js';

export interface SampleOptions extends GenerateOptions {
  count: number;
  seed: number;
  /** Invalid values ({ value, mutation }) instead of valid ones. */
  invalid?: boolean;
}

/** `count` values: the boundary values first, then random ones from the seed. Same seed, same output. */
export function sample(schemaOrId: string | JsonSchema, opts: SampleOptions): unknown[] {
  const options: GenerateOptions = { now: opts.now, domain: opts.domain, locales: opts.locales };
  const head = (opts.invalid ? boundaryInvalid(schemaOrId, options) : boundaryValues(schemaOrId, options)).slice(0, opts.count);
  const rest = opts.count - head.length;
  if (rest <= 0) return head;
  const arb: fc.Arbitrary<unknown> = opts.invalid ? invalidArbitraryOf(schemaOrId, options) : arbitraryOf(schemaOrId, options);
  return [...head, ...fc.sample(arb, { seed: opts.seed, numRuns: rest })];
}
