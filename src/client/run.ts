import fc from 'fast-check';
import type { ConformanceReport } from '../types/index.js';
import type { CommerceAdapter } from './adapter.js';
import type { ClientCase } from './cases.js';
import { openEnv } from './env.js';
import { CLIENT_FAMILIES } from './families.js';
import type { FamilyRun } from './family.js';
import { Serial, shipmentCarriers } from './inputs.js';
import { judgeCases } from './judge.js';
import { notRunFor } from '../requirements/registry.js';
import { buildClientReport } from './report.js';
import { CLIENT_SLOW_MS, OPERATION_TIMEOUT_MS } from './step.js';

export interface ClientRunOptions {
  adapter: CommerceAdapter;
  /** The adapter file, as the report and replay commands name it. */
  location: string;
  seed?: number;
  /** Cases per scenario family (default 20). */
  runs?: number;
  /** SHOULD violations fail the run too. */
  strict?: boolean;
  /** Per-operation time limit (default 10 s). */
  timeoutMs?: number;
  /** Carrier codes the team's shipments use beyond the bundled carrierCode list. */
  carriers?: string[];
  /** How late a slow answer of the mocks comes (default CLIENT_SLOW_MS, and at most half the time limit). */
  slowMs?: number;
}

export interface ClientRunResult {
  report: ConformanceReport;
  cases: ClientCase[];
}

export const DEFAULT_CLIENT_RUNS = 20;

/**
 * Drives a team's commerce client (through its adapter) with generated orders and shipments against the Amazon
 * Pay and Buy with Prime mocks, and judges every call it made and every outcome it reported.
 */
export async function runClientConformance(options: ClientRunOptions): Promise<ClientRunResult> {
  const seed = options.seed ?? Math.floor(Math.random() * 0x7fffffff);
  const runs = options.runs ?? DEFAULT_CLIENT_RUNS;
  const timeoutMs = options.timeoutMs ?? OPERATION_TIMEOUT_MS;
  const startedAt = new Date();
  const slowMs = Math.min(options.slowMs ?? CLIENT_SLOW_MS, Math.floor(timeoutMs / 2));
  const env = await openEnv({ slowMs, ...(options.carriers ? { carriers: options.carriers } : {}) });
  const cases: ClientCase[] = [];
  try {
    const carriers = shipmentCarriers(options.carriers);
    const run: FamilyRun = { adapter: options.adapter, env, serial: new Serial(`R${seed}-`), carriers, timeoutMs };
    for (const [k, family] of CLIENT_FAMILIES.entries()) {
      if (family.needs.some((op) => typeof options.adapter[op] !== 'function')) continue;
      const params = fc.sample(family.parameters(carriers), { seed: seed + k, numRuns: Math.min(runs, family.maxRuns ?? runs) });
      for (const [index, p] of params.entries()) cases.push(await family.run(p, index, run));
    }
  } finally {
    await env.close();
  }
  // The timing flags only when they differ from the defaults, so that the usual replay stays short.
  const timing = `${timeoutMs === OPERATION_TIMEOUT_MS ? '' : ` --timeout ${timeoutMs}`}${slowMs === Math.min(CLIENT_SLOW_MS, Math.floor(timeoutMs / 2)) ? '' : ` --slow-ms ${slowMs}`}`;
  const replay = `npx alexa-shopping-conformance client --adapter ${options.location} --seed ${seed} --runs ${runs}${timing}`;
  const report = buildClientReport({
    tallies: judgeCases(cases, replay),
    location: options.location,
    seed,
    runs,
    strict: options.strict ?? false,
    timeoutMs,
    startedAt,
    durationMs: Date.now() - startedAt.getTime(),
    calls: cases.reduce((n, c) => n + c.payCalls.length + c.bwpCalls.length + c.blocked.length, 0),
    notes: notRunFor(options.adapter),
    secrets: [env.store.token],
  });
  return { report, cases };
}
