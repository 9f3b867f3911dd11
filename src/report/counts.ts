import type { ReportedViolation, RequirementResult } from '../types/index.js';

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Problems a list of violations stands for: each entry, and each other scenario its `alsoIn` names. */
export const problemsShown = (violations: readonly ReportedViolation[]): number => violations.reduce((n, v) => n + 1 + (v.alsoIn?.length ?? 0), 0);

/**
 * A failing requirement's counts in words that match what is listed below them: the problems found (every
 * one, though only the first few are kept), the exchanges judged, and how many of the problems the listed
 * entries show, when that is not all of them or a finding seen in several scenarios is listed once.
 */
export function problemCount(r: RequirementResult, shown: readonly ReportedViolation[]): string {
  const count = r.violationCount ?? problemsShown(r.violations);
  const covered = problemsShown(shown);
  const head = `${plural(count, 'problem')} found in ${plural(r.probes, 'judged exchange')}`;
  if (shown.length === count) return head;
  const which = covered >= count ? 'all shown' : `${covered} of them shown`;
  return `${head} (${which}${shown.length < covered ? ` as ${shown.length === 1 ? '1 entry' : `${shown.length} entries`}: a finding seen in several scenarios is listed once` : ''})`;
}
