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

/** A replacement value and what it breaks, in words. */
export interface Made {
  value: unknown;
  description: string;
}

/**
 * A place in a valid value where one constraint can be broken: replacing the value at `path` with the one that
 * `make(pick)` gives (`pick`, in [0, 1), chooses among equivalent breaks) fires `keyword` where ajv reports it
 * (`reported`, a path). `make` is deferred: a value has many sites, and only the chosen one is ever built.
 */
export interface Site {
  readonly path: readonly Segment[];
  readonly keyword: string;
  readonly reported: readonly Segment[];
  /** Tells apart sites with the same keyword and place (the property a `required` site drops). */
  readonly detail?: string;
  readonly make: (pick: number) => Made;
}
