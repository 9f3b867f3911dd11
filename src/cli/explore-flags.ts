import { DEFAULT_BUDGET } from '../explore/budget.js';
import { integerOption } from './args.js';

/** --explore-runs and --explore-depth as run options (absent flags leave the defaults). */
export function exploreFlags(runs: string | undefined, depth: string | undefined): { exploreRuns?: number; exploreDepth?: number } {
  return {
    ...(runs !== undefined ? { exploreRuns: integerOption(runs, 'explore-runs', DEFAULT_BUDGET.runs, 0, 100_000) } : {}),
    ...(depth !== undefined ? { exploreDepth: integerOption(depth, 'explore-depth', DEFAULT_BUDGET.depth, 1, 20) } : {}),
  };
}
