import { benchBreakdown } from './breakdown.js';
import { benchExplore } from './explore.js';
import { benchGenerate } from './generate.js';
import { benchIsp } from './isp.js';
import { benchMemory } from './memory.js';
import { benchProbes } from './probes.js';
import { formatResult, type BenchResult } from './result.js';

/** Every bench, by name; `npm run bench -- <name>...` runs only those. */
const BENCHES: Readonly<Record<string, () => Promise<BenchResult[]>>> = {
  generate: benchGenerate,
  probes: benchProbes,
  breakdown: benchBreakdown,
  explore: benchExplore,
  memory: benchMemory,
  isp: benchIsp,
};

const wanted = process.argv.slice(2);
for (const name of wanted) if (!Object.hasOwn(BENCHES, name)) throw new Error(`unknown bench "${name}"; benches: ${Object.keys(BENCHES).join(', ')}`);
for (const [name, bench] of Object.entries(BENCHES)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  for (const result of await bench()) process.stdout.write(`${formatResult(result)}\n`);
}
