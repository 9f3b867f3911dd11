/**
 * Exploration (src/explore/): paths explored per second on the reference skill in process with the default
 * budget, and the default run's wall time on the reference with its steps discovered (exploration first)
 * against the same run with those steps configured, so the difference is what exploration costs.
 */
import { dirname } from 'node:path';
import { loadConfig } from '../src/config/load.js';
import { withDiscovered } from '../src/explore/apply.js';
import { DEFAULT_BUDGET, explore } from '../src/explore/explore.js';
import { runConformance } from '../src/run/conformance.js';
import { planOf, resolveOptions } from '../src/run/options.js';
import { openTarget, REFERENCE_CONFIG } from '../src/targets/resolve.js';
import type { ConformanceConfig } from '../src/types/index.js';
import type { BenchResult } from './result.js';

/** The reference's config with its steps removed: only its model, locales, ids and catalog. */
function withoutSteps(config: ConformanceConfig): ConformanceConfig {
  const { actions: _actions, isp, ...rest } = config;
  return { ...rest, ...(isp?.catalog ? { isp: { catalog: isp.catalog } } : {}) };
}

export async function benchExplore(): Promise<BenchResult[]> {
  const cwd = dirname(REFERENCE_CONFIG());
  const bare = withoutSteps(loadConfig(REFERENCE_CONFIG()).config);
  const resolved = resolveOptions({ config: bare, cwd, seed: 1 });
  const target = await openTarget(resolved.target, cwd);
  let paths = 0;
  let ms = 0;
  let found: Awaited<ReturnType<typeof explore>>;
  try {
    await explore(target, planOf(resolved, 'http://127.0.0.1:9'), DEFAULT_BUDGET); // warm-up
    const start = performance.now();
    found = await explore(target, planOf(resolved, 'http://127.0.0.1:9'), DEFAULT_BUDGET);
    ms = performance.now() - start;
    paths = found?.paths ?? 0;
  } finally {
    await target.close();
  }
  if (!found) throw new Error('the reference was not explored');
  const wall = async (config: ConformanceConfig): Promise<number> => {
    const start = performance.now();
    await runConformance({ config, cwd, seed: 1 });
    return (performance.now() - start) / 1000;
  };
  // One run first, unmeasured: the first in a process pays for loading and compiling what every run uses. Then
  // the two alternate and each keeps its best: on a shared machine one run's wall varies more than exploration costs.
  await wall(withDiscovered(bare, found));
  let discovered = Infinity;
  let configured = Infinity;
  for (let i = 0; i < 3; i++) {
    discovered = Math.min(discovered, await wall(bare));
    configured = Math.min(configured, await wall(withDiscovered(bare, found)));
  }
  return [
    { name: `exploration paths (reference, in process, ${DEFAULT_BUDGET.runs} runs depth ${DEFAULT_BUDGET.depth}, ${found.probes} requests)`, value: (paths * 1000) / ms, unit: 'paths/s' },
    { name: 'exploration wall (reference, default budget)', value: ms / 1000, unit: 's' },
    { name: 'default run wall (reference, steps discovered by exploration, best of 3)', value: discovered, unit: 's' },
    { name: 'default run wall (reference, the same steps configured, best of 3)', value: configured, unit: 's' },
  ];
}
