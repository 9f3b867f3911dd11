import type { Family } from '../scenarios/family.js';

/** One test of the conformance run: a scenario family, or one share of a family split across tests. */
export interface Unit {
  family: string;
  /** Which share of a split family, in the family's share order. */
  share?: number;
}

/** The annotation that names a test's unit. */
export const UNIT_ANNOTATION = 'unit';

/** How a test names its unit to the run that probes it, and its title's tail: `isp`, `resume#1`. */
export const unitKey = (unit: Unit): string => (unit.share === undefined ? unit.family : `${unit.family}#${unit.share}`);

/** Every test the families make, in family order: a family is one test, a split family one per share. */
export function unitsOf(families: readonly Family[]): Unit[] {
  return families.flatMap((family): Unit[] =>
    family.kind === 'matrix' && family.shares ? family.shares.map((_, share) => ({ family: family.name, share })) : [{ family: family.name }],
  );
}
