import { setFlagsFromString } from 'node:v8';

/**
 * How much a function runs before V8 optimizes it (V8's interrupt budget), raised for a short run. Most of the code
 * a short run executes runs briefly (loading, setting up, each family's few cases): at V8's default budget (67,584)
 * V8 optimized hundreds of such functions, and on two cores that compiling, on V8's helper threads, was about 1 s
 * of the run process's 3.6 s of CPU in the main job (--runs 100). Raised, the process used 3.0-3.1 s and the main
 * job 0.86-0.91x the wall. At --runs 300 and 1000 it made no difference beyond noise; at --runs 10000 the run took
 * 1.08-1.16x as long (its hot paths optimized late), so longer runs keep V8's default.
 */
export const INTERRUPT_BUDGET = 600_000;
/** The most cases a family a run may have and still count as short. */
export const SHORT_RUNS = 300;

/**
 * The budget for a run of `runs` cases a family, if it is to be raised: on Node 20, where it was measured (another
 * V8 may tier differently, and one that does not know the flag says so on stderr), for a short run, and unless the
 * command line gives a budget of its own.
 */
export function raisedBudget(nodeVersion: string, execArgv: readonly string[], runs: number): number | undefined {
  if (nodeVersion.split('.')[0] !== 'v20' || runs > SHORT_RUNS) return undefined;
  if (execArgv.some((arg) => /^--interrupt[-_]budget(=|$)/.test(arg))) return undefined;
  return INTERRUPT_BUDGET;
}

/** Raises the budget for this process (its handler threads too: V8's flags are per process) when the run is short. */
export function tuneTiering(runs: number): void {
  const budget = raisedBudget(process.version, process.execArgv, runs);
  if (budget !== undefined) setFlagsFromString(`--interrupt-budget=${budget}`);
}
