import { FAMILIES } from '../scenarios/families.js';
import type { ReproduceOptions } from './reproduce.js';
import { KEEP, type FamilyResult, type RequirementTally } from './tally.js';


/**
 * What the report needs of a run's options, so it is rebuilt from attachments alone (merged shards need no
 * environment and no config file). Not the options themselves: those hold the config, whose secrets and
 * models every attachment would then carry.
 */
export interface RunMeta {
  seed: number;
  runs: number;
  strict: boolean;
  timeoutMs: number;
  only?: string[];
  caseId?: string;
  locales: string[];
  /** How a violation is replayed from the command line. */
  replay: ReproduceOptions;
  target: { kind: 'handler' | 'endpoint' | 'reference' | 'client'; location: string; notes?: string[] };
  declaredTasks: string[];
  secrets: string[];
  /** The report's notes (how the requests were made). */
  notes?: string[];
}


/** One family test's share of a run: the run's facts, the family's result, and its requirements' tallies. */
export interface Part {
  run: RunMeta;
  /** The family's result apart from its tallies: its name, probes, and why it skipped or stalled. */
  result: Omit<FamilyResult, 'requirements'>;
  requirements: Record<string, RequirementTally>;
  /** A family split across tests (so shards balance): which share of its cases this is, in case order. */
  share?: number;
}

/** One requirement's tallies of two shares of a family, as if judged in one pass: the first KEEP violations in case order. */
function addTally(first: RequirementTally, then: RequirementTally): RequirementTally {
  const sum: RequirementTally = { probes: first.probes + then.probes, count: first.count + then.count, violations: [...first.violations, ...then.violations].slice(0, KEEP) };
  const unjudged = (first.unjudged ?? 0) + (then.unjudged ?? 0);
  if (unjudged > 0) sum.unjudged = unjudged;
  return sum;
}

/** Two shares of one family's result as one; a family is skipped only when every share is. */
function addShare(first: FamilyResult, then: FamilyResult): FamilyResult {
  const requirements: Record<string, RequirementTally> = { ...first.requirements };
  for (const [id, tally] of Object.entries(then.requirements)) requirements[id] = requirements[id] ? addTally(requirements[id], tally) : tally;
  const { skipped: _skipped, ...rest } = first;
  const sum: FamilyResult = {
    ...rest,
    probes: first.probes + then.probes,
    observedTasks: [...new Set([...first.observedTasks, ...then.observedTasks])].sort(),
    requirements: Object.fromEntries(Object.entries(requirements).sort(([a], [b]) => a.localeCompare(b))),
  };
  const skipped = first.skipped !== undefined && then.skipped !== undefined ? first.skipped : undefined;
  if (skipped !== undefined) sum.skipped = skipped;
  const stalled = first.stalled ?? then.stalled;
  if (stalled) sum.stalled = stalled;
  if (first.unjudged || then.unjudged) sum.unjudged = { ...then.unjudged, ...first.unjudged };
  const control = first.control ?? then.control;
  if (control) sum.control = control;
  return sum;
}

/** Rebuilds family results from parts, whatever order and shards they came from; the shares of a split family add up. */
export function familiesFromParts(parts: readonly Part[]): FamilyResult[] {
  const families = new Map<string, FamilyResult>();
  const byShare = [...parts].sort((a, b) => (a.share ?? 0) - (b.share ?? 0));
  for (const part of byShare) {
    const result: FamilyResult = { ...part.result, requirements: part.requirements };
    const family = families.get(part.result.family);
    families.set(part.result.family, family ? addShare(family, result) : result);
  }
  const order = (name: string): number => FAMILIES.findIndex((f) => f.name === name);
  return [...families.values()].sort((a, b) => order(a.family) - order(b.family));
}

/** What makes two parts one run's: everything that decides which cases are probed and how they are judged. */
const IDENTITY: readonly (keyof RunMeta)[] = ['target', 'seed', 'runs', 'strict', 'timeoutMs', 'only', 'caseId', 'locales', 'replay'];

/** Why parts cannot make one report (blob reports of different runs merged together), or undefined. */
export function mixedRuns(parts: readonly Part[]): string | undefined {
  const [first, ...rest] = parts;
  if (!first) return undefined;
  for (const part of rest) {
    const key = IDENTITY.find((k) => JSON.stringify(part.run[k]) !== JSON.stringify(first.run[k]));
    if (key) return `the blob reports come from different runs (${key} ${JSON.stringify(first.run[key]) ?? 'unset'} and ${JSON.stringify(part.run[key]) ?? 'unset'})`;
  }
  return undefined;
}
