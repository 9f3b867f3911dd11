import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { exploreFor } from '../explore/run.js';
import { exploreFlags } from './explore-flags.js';
import { resolveOptions, type ConformanceOptions, type RunOptions } from '../run/options.js';
import { RUN_ENV, type RunSettings } from '../run/settings.js';
import { packageRoot } from '../schema/paths.js';
import { openTarget, type TargetSpec } from '../targets/resolve.js';
import { exitOf } from '../report/exit.js';
import type { ConformanceReport } from '../types/index.js';
import { BadInput } from '../bad-input.js';
import { integerOption, parseArgs } from './args.js';

export const runUsage = `run [--handler <file>[#export] | --endpoint <url> [--ca <pem> | --insecure] [--security]] [--config <file>] [--interaction-model <file>]
      [--runs n] [--seed n] [--report <dir>] [--only <id|prefix,...>] [--strict] [--timeout <ms>] [--case <id>] [--shard i/n] [--workers n]
      [--explore-runs n] [--explore-depth n]
      Probes the skill (default: the bundled reference skill) and writes report.json, report.md,
      report.html and junit.xml to --report (default ./conformance-report). Exit 0: no MUST violation;
      1: a MUST violation (or a SHOULD one with --strict); 2: bad usage, config or target. With --shard
      (and a --seed every shard shares), also <report>/blob/shard-i-of-n.zip for merge-reports. --security runs the
      request-verification probes (SEC-*) alone, against an endpoint. --workers: how many scenario families run at
      once (default the number of CPUs, at most 4). With an interaction model and no steps in the config, the skill
      is explored first and the steps found are used (--explore-runs 0: never).`;

export const runFlags = {
  handler: 'string',
  endpoint: 'string',
  config: 'string',
  'interaction-model': 'string',
  runs: 'string',
  seed: 'string',
  report: 'string',
  only: 'string',
  strict: 'boolean',
  timeout: 'string',
  case: 'string',
  shard: 'string',
  workers: 'string',
  security: 'boolean',
  'explore-runs': 'string',
  'explore-depth': 'string',
  ca: 'string',
  insecure: 'boolean',
  help: 'boolean',
} as const;

/** `alexa-shopping-conformance run`: checks the input, then runs the suites on Playwright Test. */
export async function run(argv: string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, runFlags);
  if (flags.help) {
    process.stdout.write(`usage: alexa-shopping-conformance ${runUsage}\n`);
    return 0;
  }
  if (positionals.length) throw new BadInput(`run takes no positional arguments, got "${positionals[0]}"`);
  if (flags.handler && flags.endpoint) throw new BadInput('give --handler or --endpoint, not both');
  if (flags.shard && !/^[1-9]\d*\/[1-9]\d*$/.test(flags.shard)) throw new BadInput(`--shard wants i/n such as 1/3, not "${flags.shard}"`);
  // Shards that drew their own random seeds would probe different cases: their merge would be no run at all.
  if (flags.shard && flags.seed === undefined) throw new BadInput('--shard needs a --seed that every shard shares');
  if ((flags.ca || flags.insecure) && !flags.endpoint) throw new BadInput('--ca and --insecure go with --endpoint https://...');
  const endpoint = flags.endpoint ? { endpoint: flags.endpoint, ...(flags.ca ? { ca: flags.ca } : {}), ...(flags.insecure ? { insecure: true } : {}) } : undefined;
  const target: TargetSpec = flags.handler ? { handler: flags.handler } : endpoint ?? { reference: true };
  const options: ConformanceOptions = {
    target,
    seed: integerOption(flags.seed, 'seed', Math.floor(Math.random() * 0x7fffffff), -0x80000000, 0x7fffffff),
    runs: integerOption(flags.runs, 'runs', 100, 1, 100_000),
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
  const cwd = process.cwd();
  // Bad input is found here, before Playwright starts: one line, exit 2. The options are resolved once, here;
  // the target is opened here only to prove it loads (and answers), then once in each Playwright worker. A skill
  // is explored once, here, when the run calls for it: every worker then uses the same discovered steps.
  let resolved: RunOptions = resolveOptions({ ...options, cwd });
  const opened = await openTarget(target, cwd);
  try {
    const explored = await exploreFor(resolved, opened, options);
    if (explored) resolved = resolveOptions({ ...options, cwd, seed: resolved.seed, explored });
  } finally {
    await opened.close();
  }
  const reportDir = resolve(cwd, flags.report ?? 'conformance-report');
  // A previous run's results and blobs must never be mistaken for this run's.
  rmSync(join(reportDir, '.playwright'), { recursive: true, force: true });
  rmSync(join(reportDir, 'report.json'), { force: true });
  rmSync(join(reportDir, 'blob'), { recursive: true, force: true });
  const settings: RunSettings = { options: resolved, reportDir, ...(flags.shard ? { shard: flags.shard } : {}), ...(workers ? { workers } : {}) };
  const status = await playwright(settings);
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

/** Starts Playwright Test on the conformance config and resolves to its exit status. */
function playwright(settings: RunSettings): Promise<number> {
  const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  const config = join(packageRoot(), 'dist', 'playwright.conformance.config.js');
  const args = [cli, 'test', '--config', config, ...(settings.shard ? ['--shard', settings.shard] : [])];
  const env: NodeJS.ProcessEnv = { ...process.env, [RUN_ENV]: JSON.stringify(settings) };
  return new Promise((resolveStatus, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolveStatus(code ?? (signal ? 2 : 0)));
  });
}
