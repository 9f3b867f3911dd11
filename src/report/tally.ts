/** What the families found, as the reports read it: each requirement's tally, and each family's result. */
import type { ShoppingTask } from '../checks/types.js';
import type { ReportedViolation } from '../types/index.js';

/** One requirement's share of a family: how many entries it judged, how many problems, and the first few in full. */
export interface RequirementTally {
  probes: number;
  count: number;
  violations: ReportedViolation[];
  /** Requests meant for this requirement that crashed, timed out or answered no JSON object: sent, yet nothing to judge. */
  unjudged?: number;
  /** The first violation's request timed out: shrinking from it would hang at every step. */
  firstTimedOut?: boolean;
}

/** Violations kept in full per requirement; the count says how many there were. */
export const KEEP = 3;

/** What one family's run found: per requirement, and the facts the report's notes need. */
export interface FamilyResult {
  family: string;
  /** Requests sent to the target. */
  probes: number;
  /** Why the family did not run. */
  skipped?: string;
  /** The target stopped answering during this family. */
  stalled?: string;
  /** Shopping tasks the skill started in this family's responses. */
  observedTasks: ShoppingTask[];
  /** Requirements whose check left entries unjudged on purpose, with the reason (a locale without lexicon words). */
  unjudged?: Record<string, string>;
  requirements: Record<string, RequirementTally>;
  /** The request-verification family's unsigned control request: accepted (signature verification off) or refused. */
  control?: 'accepted' | 'refused';
}
