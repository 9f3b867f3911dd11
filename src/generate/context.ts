import type fc from 'fast-check';
import type { DomainContext } from './domain.js';
import type { SchemaNode } from './nodes.js';

/**
 * What a builder sees of the generation under way: the options' clock and locales, the domain generators, the
 * arbitrary of any node list (built once, reused), and caches for the other parts of the generator. Kept apart
 * from its one implementation (context-cache.ts), which builds through build.ts, so that the builders can name it
 * without an import cycle.
 */
export interface Context extends DomainContext {
  readonly now: Date;
  readonly locales: readonly string[];
  /** Caches for other parts of the generator (invalid values, boundaries), keyed by their own keys. */
  readonly memo: Map<string, unknown>;
  /** The domain generator for an x-generate name found at `node`. */
  domain(name: string, node: SchemaNode): fc.Arbitrary<string>;
  /** The arbitrary of values valid against every node of the list (`minimal`: required properties only, the fewest items). */
  arbitrary(nodes: readonly SchemaNode[], minimal?: boolean): fc.Arbitrary<unknown>;
}
