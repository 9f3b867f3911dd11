import type { Part } from './part-attachments.js';
import { mixedRuns } from './part-attachments.js';
import { shardProblems, type Shard } from './shards.js';

/** One conformance test (one scenario family) as the certification reporter saw it. */
export interface FamilyOutcome {
  family: string;
  /** The part it attached: absent when it crashed before judging, or never ran. */
  part?: Part;
  /** The first line of its error, when it ended without a part. */
  error?: string;
  ended: boolean;
}

/**
 * Why a run judged less than it should have, one line each: a family with no result, shards missing
 * from a merge, blob reports of different runs. A requirement that such a family judges would otherwise
 * read as not applicable, and the run as a pass.
 */
export function incompleteReasons(outcomes: readonly FamilyOutcome[], shards: readonly Shard[]): string[] {
  const reasons = shardProblems(shards);
  const mixed = mixedRuns(outcomes.flatMap((o) => (o.part ? [o.part] : [])));
  if (mixed) reasons.push(mixed);
  for (const o of outcomes) {
    if (o.part) continue;
    reasons.push(o.ended ? `the ${o.family} family reported no result (${o.error ?? 'no error was given'})` : `the ${o.family} family did not run`);
  }
  return reasons;
}
