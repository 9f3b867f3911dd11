import { BadInput } from '../bad-input.js';
import { planOf, type RunOptions } from '../run/options.js';
import type { Target } from '../targets/exchange.js';
import { explores, type ExploreOptions } from './apply.js';
import { DEFAULT_BUDGET, explore, type ExploreBudget, type Exploration } from './explore.js';

function budgetOf(options: ExploreOptions): ExploreBudget {
  const runs = options.exploreRuns ?? DEFAULT_BUDGET.runs;
  const depth = options.exploreDepth ?? DEFAULT_BUDGET.depth;
  if (!Number.isInteger(runs) || runs < 0) throw new BadInput(`--explore-runs ${runs} is not a whole number (0 turns exploration off)`);
  if (!Number.isInteger(depth) || depth < 1 || depth > 20) throw new BadInput(`--explore-depth ${depth} is not an integer from 1 to 20`);
  return { runs, depth };
}

/** Explores the skill when the run calls for it (a model, no steps in the config, --explore-runs not 0); else undefined. */
export async function exploreFor(resolved: RunOptions, target: Target, options: ExploreOptions): Promise<Exploration | undefined> {
  const budget = budgetOf(options);
  if (budget.runs === 0 || resolved.security || !explores(resolved.config, resolved.models !== undefined)) return undefined;
  // explore serves its own mock APIs: the endpoint here is replaced before any request is made.
  return explore(target, planOf(resolved, 'http://127.0.0.1:9'), budget);
}
