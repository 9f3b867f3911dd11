import type fc from 'fast-check';
import type { Entry } from '../checks/types.js';
import type { Prober } from './prober.js';
import type { Plan } from './plan.js';

/**
 * A scenario family driven by a property: cases are generated (boundary examples first, then `runs`
 * random ones from the family's seed), and a failing case is shrunk.
 */
export interface PropertyFamily<I = unknown> {
  kind: 'property';
  name: string;
  /** Why the family has nothing to run for this plan, if so. */
  skip?(plan: Plan): string | undefined;
  arbitrary(plan: Plan): fc.Arbitrary<I>;
  examples(plan: Plan): I[];
  run(input: I, prober: Prober, plan: Plan): Promise<Entry[]>;
}

/** One enumerated case of a matrix family. */
export interface MatrixCase {
  id: string;
  run(prober: Prober, plan: Plan): Promise<Entry[]>;
}

/** A scenario family that enumerates a matrix: every cell runs once. */
export interface MatrixFamily {
  kind: 'matrix';
  name: string;
  skip?(plan: Plan): string | undefined;
  cases(plan: Plan): MatrixCase[];
}

export type Family = PropertyFamily<any> | MatrixFamily;
