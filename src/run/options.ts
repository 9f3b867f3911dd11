import { loadConfig, checkConfig, type LoadedConfig } from '../config/load.js';
import { requirements } from '../schema/catalog.js';
import type { Plan } from '../scenarios/plan.js';
import { DEFAULT_APPLICATION_ID } from '../scenarios/plan.js';
import { REFERENCE_CONFIG, type TargetSpec } from '../targets/resolve.js';
import type { ConformanceConfig } from '../types/index.js';
import type { Selection } from './judge.js';
import { reproducer, type Reproducer } from './reproduce.js';

/** What a run is asked to do: the library's options, which the CLI fills from its flags. */
export interface ConformanceOptions {
  /** The skill: { handler: 'dist/index.js#handler' }, { endpoint: 'http://127.0.0.1:3000/' }; absent, the bundled reference skill. */
  target?: TargetSpec;
  /** A config object, or the path of a config file. Absent with the reference skill: the reference's own config. */
  config?: ConformanceConfig | string;
  seed?: number;
  runs?: number;
  /** Requirement ids or prefixes ("SHOP-", "RESUME") to run; absent, all. */
  only?: string[];
  timeoutMs?: number;
  strict?: boolean;
  /** Replay one case (the `case` a violation reports). */
  case?: string;
  /** Run only these scenario families (the Playwright suites run one family a file). */
  families?: string[];
  /** Where relative paths (handler, config) resolve; default the working directory. */
  cwd?: string;
  /** Run the request-verification family (SEC-*) alone; endpoints only. Default: the config's `security`. */
  security?: boolean;
}

/** Bad usage: one line, exit 2. */
export class UsageProblem extends Error {}

export interface Resolved {
  spec: TargetSpec;
  loaded: LoadedConfig;
  seed: number;
  runs: number;
  timeoutMs: number;
  strict: boolean;
  only?: string[];
  selected: Selection;
  caseId?: string;
  reproduce: Reproducer;
  /** The request-verification run: the security family alone. */
  security: boolean;
}

/** The target and run mode as the command line names them, for replay commands. */
export function targetArgsOf(spec: TargetSpec, security: boolean): string[] {
  if ('handler' in spec) return ['--handler', spec.handler];
  if (!('endpoint' in spec)) return [];
  return ['--endpoint', spec.endpoint, ...(spec.ca ? ['--ca', spec.ca] : []), ...(spec.insecure ? ['--insecure'] : []), ...(security ? ['--security'] : [])];
}

/** Matches requirement ids against --only entries: an exact id, or a prefix ("SHOP", "SHOP-", "RESUME-SILENT"). */
export function selection(only: readonly string[] | undefined): Selection {
  if (!only || only.length === 0) return () => true;
  const known = requirements().map((r) => r.id);
  for (const entry of only) {
    if (!known.some((id) => id === entry || id.startsWith(entry.endsWith('-') ? entry : `${entry}-`)))
      throw new UsageProblem(`--only ${entry} names no requirement (ids look like SHOP-LIST-TYPE; prefixes like SHOP work too)`);
  }
  return (id) => only.some((entry) => id === entry || id.startsWith(entry.endsWith('-') ? entry : `${entry}-`));
}

export function resolveOptions(options: ConformanceOptions): Resolved {
  const cwd = options.cwd ?? process.cwd();
  const spec: TargetSpec = options.target ?? { reference: true };
  const loaded: LoadedConfig =
    typeof options.config === 'string'
      ? loadConfig(options.config, cwd)
      : options.config !== undefined
        ? { config: checkConfig(options.config), dir: cwd }
        : 'reference' in spec
          ? loadConfig(REFERENCE_CONFIG(), cwd)
          : { config: {}, dir: cwd };
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const runs = options.runs ?? 100;
  const timeoutMs = options.timeoutMs ?? 8000;
  if (!Number.isInteger(seed)) throw new UsageProblem(`--seed ${seed} is not an integer`);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageProblem(`--runs ${runs} is not a positive integer`);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1) throw new UsageProblem(`--timeout ${timeoutMs} is not a positive number of milliseconds`);
  const security = options.security ?? loaded.config.security ?? false;
  if (security && !('endpoint' in spec)) throw new UsageProblem('--security probes how a web service verifies requests: give --endpoint https://...');
  const targetArgs = targetArgsOf(spec, security);
  return {
    spec,
    loaded,
    seed,
    runs,
    timeoutMs,
    strict: options.strict ?? false,
    ...(options.only ? { only: options.only } : {}),
    selected: selection(options.only),
    security,
    ...(options.case ? { caseId: options.case } : {}),
    reproduce: reproducer({
      targetArgs,
      ...(typeof options.config === 'string' ? { config: options.config } : {}),
      seed,
      runs,
      timeoutMs,
      ...('endpoint' in spec ? { endpoint: spec.endpoint } : {}),
    }),
  };
}

export function planOf(resolved: Resolved, apiEndpoint: string, now = new Date()): Plan {
  const { config, dir } = resolved.loaded;
  return {
    config,
    configDir: dir,
    seed: resolved.seed,
    runs: resolved.runs,
    timeoutMs: resolved.timeoutMs,
    apiEndpoint,
    now,
    locales: config.locales ?? ['en-US'],
    applicationId: config.applicationId ?? DEFAULT_APPLICATION_ID,
    security: resolved.security,
  };
}
