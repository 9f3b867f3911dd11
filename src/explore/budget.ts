/** How far exploration looks: random sequences tried after the frontier search and the short paths, and turns per path. */
export interface ExploreBudget {
  runs: number;
  depth: number;
}

/**
 * Measured on the reference and field skills (bench/explore.ts): every hand-off their configs name is found, the
 * reference's in about 0.2 s in process (about 130 requests); the frontier search alone finds them all.
 */
export const DEFAULT_BUDGET: ExploreBudget = { runs: 100, depth: 4 };
