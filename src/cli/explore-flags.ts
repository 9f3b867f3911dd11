import { DEFAULT_BUDGET } from '../explore/explore.js';
import { exploreFor } from '../explore/run.js';
import type { ConformanceOptions, Resolved } from '../run/options.js';
import type { Target } from '../targets/exchange.js';
import { integerOption } from './args.js';

/** --explore-runs and --explore-depth as run options (absent flags leave the defaults). */
export function exploreFlags(runs: string | undefined, depth: string | undefined): { exploreRuns?: number; exploreDepth?: number } {
  return {
    ...(runs !== undefined ? { exploreRuns: integerOption(runs, 'explore-runs', DEFAULT_BUDGET.runs, 0, 100_000) } : {}),
    ...(depth !== undefined ? { exploreDepth: integerOption(depth, 'explore-depth', DEFAULT_BUDGET.depth, 1, 20) } : {}),
  };
}

/** Explores the opened target when the run calls for it and keeps what was found in the options the workers get. */
export async function exploreInto(options: ConformanceOptions, resolved: Resolved, target: Target): Promise<void> {
  const explored = await exploreFor(resolved, target, options);
  if (explored) options.explored = explored;
}
