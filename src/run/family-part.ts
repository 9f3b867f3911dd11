import { FAMILIES } from '../scenarios/families.js';
import type { Target } from '../targets/exchange.js';
import type { FamilyResult } from './family-run.js';
import type { RequirementTally } from './judge.js';
import type { RunOptions } from './options.js';

/** The attachment a conformance test leaves for the certification reporter. */
export const PART_ATTACHMENT = 'alexa-shopping-conformance-part';

/**
 * What the report needs of a run's options, so it is rebuilt from attachments alone (merged shards need no
 * environment and no config file). Not the options themselves: those hold the config, whose secrets and
 * models every attachment would then carry.
 */
export interface RunMeta extends Pick<RunOptions, 'seed' | 'runs' | 'strict' | 'timeoutMs' | 'only' | 'caseId' | 'locales' | 'replay'> {
  target: { kind: 'handler' | 'endpoint' | 'reference' | 'client'; location: string; notes?: string[] };
  declaredTasks: string[];
  secrets: string[];
  /** The report's notes (how the requests were made). */
  notes?: string[];
}

/** The run's facts for the report: its options and the target as it was opened. */
export function runMeta(options: RunOptions, target: Pick<Target, 'kind' | 'location' | 'notes'>): RunMeta {
  const { config } = options;
  return {
    target: { kind: target.kind, location: target.location, ...(target.notes?.length ? { notes: [...target.notes] } : {}) },
    seed: options.seed,
    runs: options.runs,
    strict: options.strict,
    timeoutMs: options.timeoutMs,
    ...(options.only ? { only: options.only } : {}),
    ...(options.caseId ? { caseId: options.caseId } : {}),
    locales: options.locales,
    declaredTasks: Object.keys(config.actions ?? {}),
    secrets: config.secrets ?? [],
    replay: options.replay,
    ...(options.notes.length ? { notes: options.notes } : {}),
  };
}

/** One family test's share of a run: the run's facts, the family's result, and its requirements' tallies. */
export interface Part {
  run: RunMeta;
  /** The family's result apart from its tallies: its name, probes, and why it skipped or stalled. */
  result: Omit<FamilyResult, 'requirements'>;
  requirements: Record<string, RequirementTally>;
}

/** Rebuilds family results from parts, whatever order and shards they came from. */
export function familiesFromParts(parts: readonly Part[]): FamilyResult[] {
  const families = new Map<string, FamilyResult>();
  for (const part of parts) {
    const family = families.get(part.result.family) ?? { ...part.result, requirements: {} };
    Object.assign(family.requirements, part.requirements);
    families.set(part.result.family, family);
  }
  const order = (name: string): number => FAMILIES.findIndex((f) => f.name === name);
  return [...families.values()].sort((a, b) => order(a.family) - order(b.family));
}
