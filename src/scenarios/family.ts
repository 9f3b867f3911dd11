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
  /**
   * Examples probed before all others: a slow one (a service answering late costs the skill its own guard time)
   * then waits while the other cases run instead of ending the run. Each is still judged in its place.
   */
  startsFirst?(input: I): boolean;
  run(input: I, prober: Prober, plan: Plan): Promise<Entry[]>;
}

/** One enumerated case of a matrix family. */
export interface MatrixCase {
  id: string;
  run(prober: Prober, plan: Plan): Promise<Entry[]>;
}

/** One test's share of a family split across tests: the matrix cases it runs, and why it has none when it has none. */
export interface FamilyShare {
  /** Added to the family's name in the test's title. */
  title: string;
  cases: (id: string) => boolean;
  /** Why a share that probed nothing is skipped (the family itself ran). */
  empty: string;
}

/** A scenario family that enumerates a matrix: every cell runs once. */
export interface MatrixFamily {
  kind: 'matrix';
  name: string;
  skip?(plan: Plan): string | undefined;
  cases(plan: Plan): MatrixCase[];
  /** A family far larger than the others is split into shares, one test each, so that `--shard` balances. */
  shares?: readonly FamilyShare[];
}

export type Family = PropertyFamily<any> | MatrixFamily;
