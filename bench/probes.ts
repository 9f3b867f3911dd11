/**
 * Probes per second: in-process (the reference skill in its worker thread) and over HTTP (the reference
 * skill behind its small server, in a child process), and the HTTP figure against a bare keep-alive
 * Node client posting the same envelopes to the same server in the same run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { mapLimit } from '../src/scenarios/prober.js';
import { envelope, intentRequest, openSession, RequestIds, visitArbitrary } from '../src/scenarios/envelope.js';
import type { Plan } from '../src/scenarios/plan.js';
import { DEFAULT_APPLICATION_ID } from '../src/scenarios/plan.js';
import { packageRoot } from '../src/schema/paths.js';
import { EndpointTarget } from '../src/targets/endpoint.js';
import { HandlerTarget } from '../src/targets/handler.js';
import { REFERENCE_SKILL } from '../src/targets/resolve.js';
import type { BenchResult } from './result.js';


const COUNT = 3000;
const CONCURRENCY = 8;
/** Rounds of the HTTP comparison: even, so that each way goes first as often. */
const HTTP_ROUNDS = 4;

export function envelopes(count: number): Record<string, unknown>[] {
  const plan: Plan = {
    config: {},
    configDir: '.',
    seed: 1,
    runs: 1,
    timeoutMs: 8000,
    apiEndpoint: 'http://127.0.0.1:9',
    now: new Date(),
    locales: ['en-US'],
    applicationId: DEFAULT_APPLICATION_ID,
  };
  const visits = fc.sample(visitArbitrary(plan), { seed: 1, numRuns: 50 });
  const ids = new RequestIds();
  const requests = [{ type: 'LaunchRequest' }, intentRequest('BuyIntent'), intentRequest('RefundIntent'), intentRequest('AMAZON.HelpIntent')];
  return Array.from({ length: count }, (_, i) => {
    const visit = visits[i % visits.length];
    if (!visit) throw new Error('no visit');
    return envelope(ids, visit, openSession(visit), requests[i % requests.length] ?? { type: 'LaunchRequest' });
  });
}

const rate = (count: number, ms: number): number => Math.round((count / ms) * 1000);

async function serveReference(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(packageRoot(), 'dist', 'fixtures', 'skills', 'serve.js'), REFERENCE_SKILL()], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim().split('\n')[0] ?? ''));
    child.once('exit', (code) => reject(new Error(`the server exited ${code}`)));
  });
  return { url, child };
}

/** The bare client: Node's http with a keep-alive agent; it serializes the envelope and reads the answer, nothing else. */
function bareClient(url: string): (envelope: unknown) => Promise<string> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  return (envelope) =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify(envelope);
      const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve(text));
      });
      req.on('error', reject);
      req.end(body);
    });
}

type Lambda = (event: unknown, context: unknown, callback: (error: unknown, result?: unknown) => void) => unknown;

/** The handler called in this thread with no target between: what a probe costs the skill itself. */
async function direct(list: readonly unknown[]): Promise<number> {
  const { handler } = (await import(pathToFileURL(REFERENCE_SKILL()).href)) as { handler: Lambda };
  // A clone in and JSON out, as a thread's message and answer cost at the least.
  const call = (e: unknown): Promise<string | undefined> =>
    new Promise((resolve) => {
      const returned = handler(structuredClone(e), {}, (error, result) => resolve(error ? undefined : JSON.stringify(result)));
      if (returned instanceof Promise) returned.then((result) => resolve(JSON.stringify(result)), () => resolve(undefined));
    });
  for (const e of list.slice(0, 500)) await call(e);
  const started = performance.now();
  for (const e of list) await call(e);
  return rate(list.length, performance.now() - started);
}

export async function benchProbes(): Promise<BenchResult[]> {
  const list = envelopes(COUNT);
  const results: BenchResult[] = [];

  const handler = new HandlerTarget({ file: REFERENCE_SKILL(), exportName: 'handler' }, 'reference');
  await handler.start();
  const inFlight = (): Promise<unknown> => mapLimit(list, handler.concurrency, (e) => handler.send(e, { timeoutMs: 8000 }));
  const oneAtATime = async (): Promise<void> => {
    for (const e of list) await handler.send(e, { timeoutMs: 8000 });
  };
  // Warm every thread the pool grows to (each has a JIT of its own), then alternate the two ways so that
  // noise on this shared machine hits both alike; the median of three rounds each.
  await inFlight();
  const pooled: number[] = [];
  const single: number[] = [];
  for (let round = 0; round < 3; round++) {
    let started = performance.now();
    await inFlight();
    pooled.push(rate(list.length, performance.now() - started));
    started = performance.now();
    await oneAtATime();
    single.push(rate(list.length, performance.now() - started));
  }
  await handler.close();
  const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  results.push({ name: `probes in-process (reference skill, ${handler.concurrency} in flight as the suite sends them)`, value: median(pooled), unit: '/s' });
  results.push({ name: 'probes in-process, one at a time', value: median(single), unit: '/s' });
  results.push({ name: 'the reference handler called directly, one at a time, same envelopes', value: await direct(list), unit: '/s' });

  const { url, child } = await serveReference();
  try {
    const endpoint = new EndpointTarget(url, CONCURRENCY);
    const bare = bareClient(url);
    // Warm both paths and the server (its JIT: the first thousands of requests it serves run slower, which
    // would count against whichever way went first), then take turns, each going first every other round, so that
    // noise on this shared machine and what is left of the warming hit both alike.
    const oursOnce = (): Promise<unknown> => mapLimit(list, CONCURRENCY, (e) => endpoint.send(e, { timeoutMs: 8000 }));
    const bareOnce = (): Promise<unknown> => mapLimit(list, CONCURRENCY, (e) => bare(e));
    await bareOnce();
    await oursOnce();
    let ours = 0;
    let theirs = 0;
    const timed = async (go: () => Promise<unknown>): Promise<number> => {
      const started = performance.now();
      await go();
      return performance.now() - started;
    };
    for (let round = 0; round < HTTP_ROUNDS; round++) {
      if (round % 2 === 0) {
        ours += await timed(oursOnce);
        theirs += await timed(bareOnce);
      } else {
        theirs += await timed(bareOnce);
        ours += await timed(oursOnce);
      }
    }
    const oursRate = rate(list.length * HTTP_ROUNDS, ours);
    const bareRate = rate(list.length * HTTP_ROUNDS, theirs);
    results.push({ name: 'probes over HTTP (keep-alive client, 8 in flight)', value: oursRate, unit: '/s' });
    results.push({ name: 'bare keep-alive Node client, same server, same envelopes', value: bareRate, unit: '/s' });
    results.push({ name: 'HTTP probes as a share of the bare client', value: Math.round((oursRate / bareRate) * 100), unit: '%' });
    await endpoint.close();
  } finally {
    child.kill();
  }
  return results;
}
