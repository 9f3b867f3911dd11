/**
 * Sharded runs: each `run --shard i/n` leaves a blob report; `merge-reports` replays them all through
 * the certification reporter. Playwright merges the shards' configs and keeps the union of their
 * metadata keys (its `shard` field becomes null), so each shard marks its config with a key of its own.
 */

/** Set by `merge-reports` to the report folder, so the conformance config loads without run settings. */
export const MERGE_ENV = 'ALEXA_SHOPPING_CONFORMANCE_MERGE';

const MARK = 'alexa-shopping-conformance shard ';

export const shardMark = (current: number, total: number): string => `${MARK}${current}/${total}`;

export interface Shard {
  current: number;
  total: number;
}

/** The shards whose blob reports went into a merged config, from its metadata. */
export function shardsIn(metadata: Readonly<Record<string, unknown>>): Shard[] {
  return Object.keys(metadata)
    .filter((key) => key.startsWith(MARK))
    .map((key) => key.slice(MARK.length).split('/').map(Number))
    .map(([current = 0, total = 0]) => ({ current, total }))
    .sort((a, b) => a.total - b.total || a.current - b.current);
}

/** What is wrong with a set of merged shards, one line each: none when they are all of one split, complete. */
export function shardProblems(shards: readonly Shard[]): string[] {
  if (shards.length === 0) return [];
  const totals = [...new Set(shards.map((s) => s.total))];
  if (totals.length > 1) return [`the blob reports come from runs split different ways (${totals.map((t) => `into ${t}`).join(' and ')})`];
  const total = totals[0] ?? 0;
  const present = new Set(shards.map((s) => s.current));
  const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !present.has(i));
  return missing.length ? [`the blob report of shard ${missing.map((i) => `${i}/${total}`).join(', ')} is missing from the merge`] : [];
}
