import type { RunMeta } from '../report/part-attachments.js';
import type { Target } from '../targets/exchange.js';
import type { RunOptions } from './options.js';

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
