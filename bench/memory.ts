/**
 * Whether memory and report size stay bounded as --runs grows: the reference skill through runConformance in
 * a child process of its own at --runs 10000 and at --runs 100, each child's peak RSS and report.json's size,
 * and their ratios. A run that kept every exchange would grow with runs; one that keeps a fixed window does not.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../src/schema/paths.js';
import type { BenchResult } from './result.js';

const SEED = 1;

interface Measure {
  /** process.resourceUsage().maxRSS, in KiB. */
  maxRssKiB: number;
  reportBytes: number;
  probes: number;
}

/** One run in a fresh process, so its peak RSS is its own. */
function measure(runs: number, root: string): Measure {
  const child = spawnSync(process.execPath, [join(import.meta.dirname, 'memory-run.js'), String(runs), String(SEED)], { cwd: root, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`bench: the run at --runs ${runs} exited ${child.status}: ${child.stderr.slice(0, 400)}`);
  return JSON.parse(child.stdout) as Measure;
}

const mib = (kib: number): number => Math.round((kib / 1024) * 10) / 10;

export function benchMemory(): Promise<BenchResult[]> {
  const root = packageRoot();
  const small = measure(100, root);
  const large = measure(10_000, root);
  return Promise.resolve([
    { name: `memory: peak RSS at --runs 100 (${small.probes} probes)`, value: mib(small.maxRssKiB), unit: 'MiB' },
    { name: `memory: peak RSS at --runs 10000 (${large.probes} probes)`, value: mib(large.maxRssKiB), unit: 'MiB' },
    { name: 'memory: peak RSS, --runs 10000 over --runs 100', value: large.maxRssKiB / small.maxRssKiB, unit: 'x' },
    { name: 'memory: report.json at --runs 100', value: small.reportBytes, unit: 'B' },
    { name: 'memory: report.json at --runs 10000', value: large.reportBytes, unit: 'B' },
    { name: 'memory: report.json, --runs 10000 over --runs 100', value: large.reportBytes / small.reportBytes, unit: 'x' },
  ]);
}
