/**
 * The isp family's wall (seed 1, the reference skill, target already open), median of a few runs: in process
 * (one worker thread), in the handler pool (up to four threads), and over HTTP (concurrency 8). With
 * lanes the isp cases run at the target's concurrency, so the slow-service case (the skill's own 1.5 s guard)
 * overlaps the others; in one thread they stay one at a time. Also: how many lanes the run's mock opened.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { MockServer } from '../src/mocks/server.js';
import { withRun } from '../src/run/context.js';
import { runFamily } from '../src/run/family-run.js';
import { isp } from '../src/scenarios/families/isp.js';
import { resolveOptions } from '../src/run/options.js';
import { packageRoot } from '../src/schema/paths.js';
import { EndpointTarget } from '../src/targets/endpoint.js';
import type { Target } from '../src/targets/exchange.js';
import { HandlerTarget } from '../src/targets/handler.js';
import { REFERENCE_CONFIG, REFERENCE_SKILL } from '../src/targets/resolve.js';
import type { BenchResult } from './result.js';

const REPEATS = 3;

const reference = (threads: number): HandlerTarget => new HandlerTarget({ file: REFERENCE_SKILL(), exportName: 'handler' }, 'reference', 'reference', { threads });

async function served(): Promise<{ target: Target; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [join(packageRoot(), 'dist', 'fixtures', 'skills', 'serve.js'), REFERENCE_SKILL()], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the server exited ${code}`)));
  });
  const target = new EndpointTarget(url, 8);
  return {
    target,
    stop: async () => {
      await target.close();
      child.kill('SIGTERM');
    },
  };
}

async function opened(kind: string): Promise<{ target: Target; stop: () => Promise<void> }> {
  if (kind === 'http') return served();
  const target = reference(kind === 'thread' ? 1 : 4);
  await target.start();
  return { target, stop: () => target.close() };
}

export async function benchIsp(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  let lanes = 0;
  const close = MockServer.prototype.close;
  MockServer.prototype.close = function (this: MockServer): Promise<void> {
    lanes = Math.max(lanes, this.laneCount);
    return close.call(this);
  };
  try {
    const options = resolveOptions({ seed: 1, config: REFERENCE_CONFIG() });
    for (const [kind, name] of [
      ['thread', 'in process, one thread'],
      ['pool', 'in process, the handler pool (up to four threads)'],
      ['http', 'over HTTP (concurrency 8)'],
    ] as const) {
      const { target, stop } = await opened(kind);
      const walls: number[] = [];
      lanes = 0;
      try {
        for (let i = 0; i < REPEATS; i++) {
          const started = performance.now();
          await withRun(options, (run) => runFamily(isp, { run, target }));
          walls.push(performance.now() - started);
        }
      } finally {
        await stop();
      }
      walls.sort((a, b) => a - b);
      results.push({ name: `isp family wall, seed 1, ${name}, median of ${REPEATS}`, value: Math.round(walls[walls.length >> 1] ?? 0), unit: 'ms' });
      results.push({ name: `isp family lanes opened, ${name}`, value: lanes, unit: 'lanes' });
    }
  } finally {
    MockServer.prototype.close = close;
  }
  return results;
}
