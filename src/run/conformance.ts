import { buildReport } from '../report/build.js';
import { openTarget } from '../targets/resolve.js';
import type { ConformanceReport } from '../types/index.js';
import { runMeta } from './family-part.js';
import { type RunMeta } from '../report/part-attachments.js';
import { UnitRunner } from './unit-runner.js';
import { type FamilyResult } from '../report/tally.js';
import { resolveOptions, selection, type ConformanceOptions, type RunOptions } from './options.js';
import { reproducer } from '../report/reproduce.js';
import { exploreFor } from '../explore/run.js';

/** A run that probed nothing cannot pass: exit 2. */
export class NothingProbed extends Error {}

/** report.json from a run's facts and its families' results: the library's and the certification reporter's alike. */
export function reportOf(
  run: RunMeta,
  results: readonly FamilyResult[],
  timing: { startedAt: Date; durationMs: number },
  extra: { shard?: { current: number; total: number }; incomplete?: readonly string[] } = {},
): ConformanceReport {
  return buildReport({
    results,
    target: run.target,
    seed: run.seed,
    ...timing,
    options: { runs: run.runs, strict: run.strict, timeoutMs: run.timeoutMs, ...(run.only ? { only: run.only } : {}), locales: run.locales },
    declaredTasks: run.declaredTasks,
    selected: selection(run.only),
    ...(run.caseId ? { caseId: run.caseId } : {}),
    secrets: run.secrets,
    reproduce: reproducer(run.replay),
    ...(run.notes ? { notes: run.notes } : {}),
    ...extra,
  });
}

/**
 * Runs the suite against a skill and resolves to the report.json object. Bad input (config, target,
 * options) rejects with an error whose message is one line; a misbehaving skill is a finding in the report.
 * Each call is a run of its own: calls may run concurrently in one process.
 */
export async function runConformance(options: ConformanceOptions = {}): Promise<ConformanceReport> {
  const startedAt = new Date();
  let resolved = resolveOptions(options);
  const target = await openTarget(resolved.target, resolved.cwd);
  try {
    const explored = options.explored ?? (await exploreFor(resolved, target, options));
    if (explored) resolved = resolveOptions({ ...options, seed: resolved.seed, explored });
    // Every family at once, each in a run of its own, in family order in the report.
    const runner = new UnitRunner(resolved, target, false, startedAt);
    const keys = runner.units.map((u) => u.family).filter((name) => !options.families || options.families.includes(name));
    runner.startAll(keys);
    const results = await Promise.all(keys.map((key) => runner.result(key)));
    const report = reportOf(runMeta(resolved, target), results, { startedAt, durationMs: Date.now() - startedAt.getTime() });
    if (report.summary.probes === 0) throw new NothingProbed('the run probed nothing: check --only, --case and the config');
    return report;
  } finally {
    await target.close();
  }
}
