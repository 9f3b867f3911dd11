import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { clearReport } from './clear-report.js';
import { exploreFlags } from './explore-flags.js';
import type { ConformanceOptions, RunOptions } from '../run/options.js';
import { PLAYWRIGHT_ENV, RUN_ENV, type RunSettings } from '../run/settings.js';
import { packageRoot } from '../schema/paths.js';
import type { TargetSpec } from '../targets/resolve.js';
import type { Target } from '../targets/exchange.js';
import { serveUnits, type UnitSource } from '../run/unit-service.js';
import type { ConformanceReport } from '../types/index.js';
import { BadInput } from '../bad-input.js';
import { integerOption, parseArgs } from './args.js';
import { tuneTiering } from './tiering.js';
import { runFlags, runUsage } from './verbs.js';

/** `alexa-shopping-conformance run`: checks the input, then runs the suites on Playwright Test. */
export async function run(argv: string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, runFlags);
  if (flags.help) {
    process.stdout.write(`usage: alexa-shopping-conformance ${runUsage}\n`);
    return 0;
  }
  const cwd = process.cwd();
  const reportDir = resolve(cwd, flags.report ?? 'conformance-report');
  // A previous run's reports, results and blobs must never be mistaken for this run's, even when this one stops on bad input.
  clearReport(reportDir, ['.playwright', 'blob']);
  if (positionals.length) throw new BadInput(`run takes no positional arguments, got "${positionals[0]}"`);
  if (flags.handler && flags.endpoint) throw new BadInput('give --handler or --endpoint, not both');
  if (flags.shard && !/^[1-9]\d*\/[1-9]\d*$/.test(flags.shard)) throw new BadInput(`--shard wants i/n such as 1/3, not "${flags.shard}"`);
  // Shards that drew their own random seeds would probe different cases: their merge would be no run at all.
  if (flags.shard && flags.seed === undefined) throw new BadInput('--shard needs a --seed that every shard shares');
  if ((flags.ca || flags.insecure) && !flags.endpoint) throw new BadInput('--ca and --insecure go with --endpoint https://...');
  const endpoint = flags.endpoint ? { endpoint: flags.endpoint, ...(flags.ca ? { ca: flags.ca } : {}), ...(flags.insecure ? { insecure: true } : {}) } : undefined;
  const target: TargetSpec = flags.handler ? { handler: flags.handler } : endpoint ?? { reference: true };
  const runs = integerOption(flags.runs, 'runs', 100, 1, 100_000);
  const options: ConformanceOptions = {
    target,
    seed: integerOption(flags.seed, 'seed', Math.floor(Math.random() * 0x7fffffff), -0x80000000, 0x7fffffff),
    runs,
    timeoutMs: integerOption(flags.timeout, 'timeout', 8000, 1, 600_000),
    strict: flags.strict === true,
    ...(flags.config ? { config: flags.config } : {}),
    ...(flags['interaction-model'] ? { interactionModel: flags['interaction-model'] } : {}),
    ...(flags.only ? { only: flags.only.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
    ...(flags.case ? { case: flags.case } : {}),
    ...(flags.security ? { security: true } : {}),
    ...exploreFlags(flags['explore-runs'], flags['explore-depth']),
  };
  const workers = flags.workers === undefined ? undefined : integerOption(flags.workers, 'workers', 1, 1, 64);
  // Before the engine loads: its code is what the budget is for.
  tuneTiering(runs);
  // This process probes: it resolves the options, loads the skill once and runs every family at once while
  // Playwright starts, and Playwright's tests ask it for their family's outcome (src/run/suite.ts). Playwright is
  // started first, its output held: bad input found meanwhile (config, target) stops it with nothing printed but
  // one line, exit 2. A skill is explored first when the run calls for it.
  let provide: (source: UnitSource) => void = () => undefined;
  let refuse: (error: unknown) => void = () => undefined;
  const source = new Promise<UnitSource>((resolveSource, rejectSource) => {
    provide = resolveSource;
    refuse = rejectSource;
  });
  const service = await serveUnits(source);
  const settings: RunSettings = {
    reportDir,
    units: { url: service.url, secret: service.secret },
    ...(flags.shard ? { shard: flags.shard } : {}),
    ...(workers ? { workers } : {}),
  };
  const runner = playwright(settings);
  const [{ resolveOptions }, { openTarget }, { exploreFor }, { UnitRunner }, { outcomeOf }, { exitOf }, { renderReport }] = await Promise.all([
    import('../run/options.js'),
    import('../targets/resolve.js'),
    import('../explore/run.js'),
    import('../run/unit-runner.js'),
    import('../run/unit-outcome.js'),
    import('../report/exit.js'),
    import('../run/report-files.js'),
  ]);
  let resolved: RunOptions | undefined;
  let opened: Target | undefined;
  try {
    resolved = resolveOptions({ ...options, cwd });
    opened = await openTarget(target, cwd);
    const explored = await exploreFor(resolved, opened, options);
    if (explored) resolved = resolveOptions({ ...options, cwd, seed: resolved.seed, explored });
  } catch (err) {
    refuse(err);
    await runner.stop();
    await opened?.close();
    await service.close();
    throw err;
  }
  runner.release();
  // One time for every unit to generate around: units that share it share the arbitraries built from the schemas.
  const units = new UnitRunner(resolved, opened, true, new Date());
  const skill = opened;
  const final = resolved;
  provide({
    outcome: (key) =>
      units.result(key).then(
        (result) => outcomeOf(result, final, skill, units.shareOf(key)),
        (err: unknown) => ({ error: err instanceof Error ? err.message : String(err) }),
      ),
    sent: (key) => units.sent(key),
    start: (keys) => units.startAll(keys.filter((key) => units.knows(key))),
    report: renderReport,
  });
  // A shard's tests are known once Playwright has collected them: its units reporter starts them then.
  if (!flags.shard) units.startAll();
  const status = await runner.exited;
  // Playwright has asked for every outcome it will ask for; units still running (it exited early) stop probing.
  units.stop();
  await service.close();
  await opened.close();
  const file = join(reportDir, 'report.json');
  if (!existsSync(file)) {
    process.stderr.write(`alexa-shopping-conformance: the run wrote no report (Playwright exited ${status})\n`);
    return 2;
  }
  const report = JSON.parse(readFileSync(file, 'utf8')) as ConformanceReport;
  const exit = exitOf(report);
  if (exit.problem) process.stderr.write(`alexa-shopping-conformance: ${exit.problem}\n`);
  return exit.status;
}

/**
 * Starts Playwright Test on the conformance config. Its output is held until `release()` (the skill loaded), so that
 * bad input found meanwhile stops it with nothing printed; `exited` resolves to its exit status.
 */
function playwright(settings: RunSettings): { exited: Promise<number>; release(): void; stop(): Promise<void> } {
  const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  const config = join(packageRoot(), 'dist', 'playwright.conformance.config.js');
  const args = [cli, 'test', '--config', config, ...(settings.shard ? ['--shard', settings.shard] : [])];
  const env: NodeJS.ProcessEnv = { ...process.env, ...PLAYWRIGHT_ENV, [RUN_ENV]: JSON.stringify(settings) };
  const child = spawn(process.execPath, args, { stdio: ['inherit', 'pipe', 'pipe'], env });
  let held: [NodeJS.WriteStream, Buffer][] | undefined = [];
  for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
    from.on('data', (chunk: Buffer) => (held ? held.push([to, chunk]) : to.write(chunk)));
  }
  const exited = new Promise<number>((resolveStatus, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolveStatus(code ?? (signal ? 2 : 0)));
  });
  return {
    exited,
    release: () => {
      for (const [to, chunk] of held ?? []) to.write(chunk);
      held = undefined;
    },
    stop: async () => {
      held = undefined;
      child.stdout.removeAllListeners('data');
      child.stderr.removeAllListeners('data');
      child.stdout.resume();
      child.stderr.resume();
      child.kill();
      await exited.catch(() => undefined);
    },
  };
}
