/**
 * The one place a requirement's status is decided. report.json's rows and the family tests (and so the
 * JUnit file, the closing line, and the progress lines on stdout, which read the tests' steps) all come from
 * `statusOf`, so they cannot disagree: a requirement fails in a family exactly when that family's test step fails for it
 * (at MUST, or at SHOULD under --strict), and fails in the report exactly when it fails in some family.
 */
import { inapplicableOf } from '../requirements/registry.js';
import type { RequirementTally } from './tally.js';

export type Status = 'pass' | 'fail' | 'not-applicable';

/** What the status depends on besides the tally: known to every worker before any family runs. */
export interface VerdictFacts {
  /** Tasks the config declares actions for. */
  declaredTasks: readonly string[];
  /** The replayed case, when the run replays one. */
  caseId?: string;
}

export interface Verdict {
  status: Status;
  /** Why, when the counts alone do not say it. */
  note?: string;
}

/** A requirement's status from its tally (one family's, or the run's sum: the same rule gives the same answer). */
export function statusOf(id: string, tally: RequirementTally | undefined, facts: VerdictFacts): Verdict {
  const inapplicable = facts.caseId ? undefined : inapplicableOf(id, facts);
  if (inapplicable) return { status: 'not-applicable', note: inapplicable };
  if (!tally) return { status: 'not-applicable' };
  const unjudged = tally.unjudged ?? 0;
  if (unjudged > 0) {
    // A crash where an answer was due fails the requirement: "not applicable" is only for what was never sent.
    const note = `${unjudged} request${unjudged === 1 ? '' : 's'} meant for this requirement crashed, timed out or answered no JSON object (RSP-HTTP, RSP-TIME and RSP-ENVELOPE judge how)`;
    return { status: 'fail', note };
  }
  if (tally.count > 0) return { status: 'fail' };
  return { status: tally.probes > 0 ? 'pass' : 'not-applicable' };
}

/** Whether a status fails the family's test (and the run): a MUST failure, or a SHOULD one under --strict. */
export const failsRun = (status: Status, level: 'MUST' | 'SHOULD', strict: boolean): boolean => status === 'fail' && (level === 'MUST' || strict);
