import type { TestResult } from '@playwright/test/reporter';
import { FAMILIES } from '../scenarios/families.js';
import type { ReproduceOptions } from './reproduce.js';
import type { FamilyResult, RequirementTally } from './tally.js';

/** The attachment a conformance test leaves for the certification reporter. */
export const PART_ATTACHMENT = 'alexa-shopping-conformance-part';

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

/** The title prefix of the steps a long family records as it probes, for live progress: `progress: 120 probes`. */
export const PROGRESS_STEP = 'progress:';

/** The part a conformance test attached, if it got that far. */
export function partOf(result: Pick<TestResult, 'attachments'>): Part | undefined {
  const attachment = result.attachments.find((a) => a.name === PART_ATTACHMENT && a.body);
  return attachment?.body ? (JSON.parse(attachment.body.toString('utf8')) as Part) : undefined;
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
