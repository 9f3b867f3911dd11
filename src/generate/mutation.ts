import type fc from 'fast-check';
import type { Segment } from './pointer.js';

/** What an invalid value breaks: the ajv keyword that must fire, where (a JSON pointer), and how, in words. */
export interface Mutation {
  keyword: string;
  instancePath: string;
  description: string;
}

/** An invalid value and the constraint it breaks. */
export interface Invalid {
  value: unknown;
  mutation: Mutation;
}

/**
 * A place in a valid value where one constraint can be broken: replacing the value at `path` with one that
 * `make` gives (a random choice among equivalent breaks, described in words) fires `keyword` at `instancePath`.
 */
export interface Site {
  readonly path: readonly Segment[];
  readonly keyword: string;
  readonly instancePath: string;
  readonly make: fc.Arbitrary<{ value: unknown; description: string }>;
}
