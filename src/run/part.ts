import { FAMILIES } from '../scenarios/families.js';
import type { FamilyResult } from './family-run.js';
import type { RequirementTally } from './judge.js';

/** The attachment a conformance test leaves for the certification reporter. */
export const PART_ATTACHMENT = 'alexa-shopping-conformance-part';

/** What the report needs to be rebuilt from attachments alone (so merged shards need no environment). */
export interface RunMeta {
  target: { kind: 'handler' | 'endpoint' | 'reference' | 'client'; location: string; notes?: string[] };
  seed: number;
  runs: number;
  strict: boolean;
  timeoutMs: number;
  only?: string[];
  caseId?: string;
  locales: string[];
  declaredTasks: string[];
  secrets: string[];
  targetArgs: string[];
  config?: string;
  interactionModel?: string;
  endpoint?: string;
  /** The report's notes (how the requests were made). */
  notes?: string[];
}

/** One test's share: the family's facts and some requirements' tallies in that family. */
export interface Part {
  run: RunMeta;
  family: Omit<FamilyResult, 'requirements'>;
  requirements: Record<string, RequirementTally>;
}

/** Rebuilds family results from parts, whatever order and shards they came from. */
export function familiesFromParts(parts: readonly Part[]): FamilyResult[] {
  const families = new Map<string, FamilyResult>();
  for (const part of parts) {
    const family = families.get(part.family.family) ?? { ...part.family, requirements: {} };
    Object.assign(family.requirements, part.requirements);
    families.set(part.family.family, family);
  }
  const order = (name: string): number => FAMILIES.findIndex((f) => f.name === name);
  return [...families.values()].sort((a, b) => order(a.family) - order(b.family));
}
