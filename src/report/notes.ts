import type { FamilyResult } from './tally.js';
import { familiesOf, notProbedOf } from '../requirements/registry.js';

export interface NoteFacts {
  results: readonly FamilyResult[];
  selected: (id: string) => boolean;
  only?: readonly string[];
  caseId?: string;
}

/** The note of a requirement with no probes. */
export function notApplicableNote(id: string, facts: NoteFacts): string {
  if (!facts.selected(id)) return `not run: --only selects ${facts.only?.join(', ')}`;
  if (facts.caseId) return `not judged in the replayed case ${facts.caseId}`;
  const judging = familiesOf(id).map((name) => facts.results.find((r) => r.family === name));
  const stalled = facts.results.filter((r) => r.stalled);
  if (stalled.length > 0 && judging.some((r) => r?.stalled)) return `not judged: ${stalled[0]?.stalled} during ${stalled.map((r) => r.family).join(', ')}`;
  const skipped = judging.filter((r): r is FamilyResult => r?.skipped !== undefined);
  if (judging.length > 0 && skipped.length === judging.length) return `not probed: ${[...new Set(skipped.map((r) => r.skipped))].join('; ')}`;
  const unjudged = facts.results.map((r) => r.unjudged?.[id]).find((why) => why !== undefined);
  if (unjudged) return `not judged: ${unjudged}`;
  return `not probed: ${notProbedOf(id) ?? 'no scenario of this run produced what this requirement judges'}`;
}
