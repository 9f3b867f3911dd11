import type { ConformanceReport } from '../types/index.js';

export interface Exit {
  status: 0 | 1 | 2;
  /** Why the status is 2, in one line. */
  problem?: string;
}

/** The exit status a report calls for: the same for `run`, one shard of it, and `merge-reports`. */
export function exitOf(report: ConformanceReport): Exit {
  const [unfinished] = report.incomplete ?? [];
  if (unfinished !== undefined) return { status: 2, problem: `the run is incomplete: ${unfinished}` };
  // One shard may hold only families with nothing to probe; the merged report is judged as a whole.
  if (report.summary.probes === 0 && !report.shard) return { status: 2, problem: 'the run probed nothing: check --only, --case and the config' };
  return { status: report.summary.verdict === 'pass' ? 0 : 1 };
}
