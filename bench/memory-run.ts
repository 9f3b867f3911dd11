/**
 * One run of the reference skill for bench/memory.ts, in a process of its own so that its peak RSS is its
 * own: `node dist/bench/memory-run.js <runs> <seed>` prints `{ maxRssKiB, reportBytes, probes }`.
 */
import { runConformance } from '../src/index.js';

const [runs, seed] = process.argv.slice(2).map(Number);
const report = await runConformance({ seed: seed ?? 1, runs: runs ?? 100 });
const reportBytes = Buffer.byteLength(JSON.stringify(report, null, 2));
process.stdout.write(JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, reportBytes, probes: report.summary.probes }));
