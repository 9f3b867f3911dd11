import type { IspCore } from '../mocks/isp/core.js';
import { bindProducts, IspService, probeCore } from '../mocks/isp/service.js';
import { MockServer } from '../mocks/server.js';
import { buildReport } from '../report/build.js';
import { FAMILIES } from '../scenarios/families.js';
import type { Target } from '../targets/exchange.js';
import { openTarget } from '../targets/resolve.js';
import type { ConformanceReport } from '../types/index.js';
import { exploreFor } from '../explore/run.js';
import { runFamily, type FamilyResult } from './family-run.js';
import { planOf, resolveOptions, type ConformanceOptions, type Resolved } from './options.js';

/** A run that probed nothing cannot pass: exit 2. */
export class NothingProbed extends Error {}

/** The mock Amazon APIs a run serves on loopback, the product service holding the run's catalog (config isp.catalog). */
export function startMocks(products: IspCore = probeCore(undefined)): MockServer {
  return new MockServer().use(new IspService(products));
}

/** Runs the given families against an open target: the engine the library, the CLI and the suites share. */
export async function runFamilies(resolved: Resolved, target: Target, names?: readonly string[], now = new Date()): Promise<FamilyResult[]> {
  const products = probeCore(resolved.ispCatalog);
  const mocks = startMocks(products);
  const apiEndpoint = await mocks.start();
  try {
    const plan = planOf(resolved, apiEndpoint, now);
    bindProducts(plan, products);
    const results: FamilyResult[] = [];
    for (const family of FAMILIES) {
      if (names && !names.includes(family.name)) continue;
      results.push(await runFamily(family, { plan, target, mocks, selected: resolved.selected, reproduce: resolved.reproduce, ...(resolved.caseId ? { caseId: resolved.caseId } : {}) }));
    }
    return results;
  } finally {
    await mocks.close();
  }
}

export function reportOf(resolved: Resolved, target: Pick<Target, 'kind' | 'location' | 'notes'>, results: FamilyResult[], startedAt: Date): ConformanceReport {
  const { config } = resolved.loaded;
  return buildReport({
    results,
    target: { kind: target.kind, location: target.location, ...(target.notes?.length ? { notes: [...target.notes] } : {}) },
    seed: resolved.seed,
    startedAt,
    durationMs: Date.now() - startedAt.getTime(),
    options: { runs: resolved.runs, strict: resolved.strict, timeoutMs: resolved.timeoutMs, ...(resolved.only ? { only: resolved.only } : {}), locales: config.locales ?? ['en-US'] },
    declaredTasks: Object.keys(config.actions ?? {}),
    selected: resolved.selected,
    ...(resolved.caseId ? { caseId: resolved.caseId } : {}),
    secrets: config.secrets ?? [],
    reproduce: resolved.reproduce,
    notes: resolved.notes,
  });
}

/**
 * Runs the suite against a skill and resolves to the report.json object. Bad input (config, target,
 * options) rejects with an error whose message is one line; a misbehaving skill is a finding in the report.
 */
export async function runConformance(options: ConformanceOptions = {}): Promise<ConformanceReport> {
  const startedAt = new Date();
  let resolved = resolveOptions(options);
  const target = await openTarget(resolved.spec, options.cwd);
  try {
    const explored = options.explored ?? (await exploreFor(resolved, target, options));
    if (explored) resolved = resolveOptions({ ...options, seed: resolved.seed, explored });
    const results = await runFamilies(resolved, target, options.families, startedAt);
    const report = reportOf(resolved, target, results, startedAt);
    if (report.summary.probes === 0) throw new NothingProbed('the run probed nothing: check --only, --case and the config');
    return report;
  } finally {
    await target.close();
  }
}
