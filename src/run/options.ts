import { resolve } from 'node:path';
import { InteractionModel, loadModels, runLocales, type ModelSpec } from '../config/model.js';
import { checkStepsAgainst } from '../config/model-steps.js';
import { BadInput } from '../bad-input.js';
import { loadConfig, checkConfig, type LoadedConfig } from '../config/load.js';
import { applyExplored, exploreArgsOf, type ExploreOptions } from '../explore/apply.js';
import { readCatalogFile } from '../mocks/isp/catalog-file.js';
import { requirements } from '../requirements/catalog.js';
import type { Plan, PlanOptions } from '../scenarios/plan.js';
import { DEFAULT_APPLICATION_ID, DEFAULT_REFUND_INTENT } from '../scenarios/plan.js';
import { REFERENCE_CONFIG, type TargetSpec } from '../targets/resolve.js';
import type { ConformanceConfig, InSkillProduct } from '../types/index.js';
import type { Selection } from './judge.js';
import type { ReproduceOptions } from '../report/reproduce.js';

/** What a run is asked to do: the library's options, which the CLI fills from its flags. */
export interface ConformanceOptions extends ExploreOptions {
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
  /**
   * The skill's interaction model (skill-package/interactionModels/custom/<locale>.json), relative to cwd; or
   * locale -> path. Replaces the config's interactionModel. Steps are checked against it and slots filled from it.
   */
  interactionModel?: ModelSpec;
  /** Run the request-verification family (SEC-*) alone; endpoints only. Default: the config's `security`. */
  security?: boolean;
}

/**
 * A run's options, resolved once: plain data (JSON), so the CLI hands this one object to Playwright's workers
 * and reporters, and the library uses the same. What a run holds besides (the mocks, the id source, the clock)
 * is its RunContext (src/run/context.ts).
 */
export interface RunOptions extends PlanOptions {
  target: TargetSpec;
  /** Where relative paths (handler, --ca) resolve. */
  cwd: string;
  strict: boolean;
  only?: string[];
  /** Replay only this case (the id a violation reports). */
  caseId?: string;
  /** Each locale's interaction model as read, when the run has one. */
  models?: Record<string, ModelData>;
  /** What the reader of the report must know about how the requests were made. */
  notes: string[];
  /** The request-verification run: the security family alone. */
  security: boolean;
  /** How a violation is replayed from the command line. */
  replay: ReproduceOptions;
}

/** An interaction model as data: what survives JSON, and all a model is made from. */
type ModelData = Pick<InteractionModel, 'shown' | 'language'>;

export const NO_MODEL_NOTE =
  'no interaction model: slot values were sent bare, without entity resolution, and unfilled slots were left out (give interactionModel in the config, or --interaction-model)';

/** Run-wide facts the report states: how the requests differ from what Alexa would send, and what was left out. */
function notesOf(loaded: LoadedConfig, models: Record<string, InteractionModel> | undefined): string[] {
  if (!models) return [NO_MODEL_NOTE];
  const refund = loaded.config.refund?.intent ?? DEFAULT_REFUND_INTENT;
  const without = Object.entries(models).filter(([, model]) => !model.intent(refund)).map(([locale]) => locale);
  return without.length > 0 ? [`the interaction model of ${without.join(', ')} has no ${refund}: no refund request was sent there (Alexa sends only intents the model has)`] : [];
}

/** The run's models: --interaction-model (relative to cwd) before the config's (relative to the config file). */
function modelsOf(options: ConformanceOptions, loaded: LoadedConfig, cwd: string): Record<string, InteractionModel> | undefined {
  const spec = options.interactionModel ?? loaded.config.interactionModel;
  if (spec === undefined) return undefined;
  const models = loadModels(spec, options.interactionModel !== undefined ? cwd : loaded.dir, runLocales(loaded.config.locales, spec));
  checkStepsAgainst(loaded.config, models, typeof spec === 'object');
  return models;
}

/** The target and run mode as the command line names them, for replay commands. */
function targetArgsOf(spec: TargetSpec, security: boolean): string[] {
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
      throw new BadInput(`--only ${entry} names no requirement (ids look like SHOP-LIST-TYPE; prefixes like SHOP work too)`);
  }
  return (id) => only.some((entry) => id === entry || id.startsWith(entry.endsWith('-') ? entry : `${entry}-`));
}

export function resolveOptions(options: ConformanceOptions): RunOptions {
  const cwd = options.cwd ?? process.cwd();
  const target: TargetSpec = options.target ?? { reference: true };
  const loaded: LoadedConfig =
    typeof options.config === 'string'
      ? loadConfig(options.config, cwd)
      : options.config !== undefined
        ? { config: checkConfig(options.config), dir: cwd }
        : 'reference' in target
          ? loadConfig(REFERENCE_CONFIG(), cwd)
          : { config: {}, dir: cwd };
  const ispCatalog = ispCatalogOf(loaded);
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const runs = options.runs ?? 100;
  const timeoutMs = options.timeoutMs ?? 8000;
  if (!Number.isInteger(seed)) throw new BadInput(`--seed ${seed} is not an integer`);
  if (!Number.isInteger(runs) || runs < 1) throw new BadInput(`--runs ${runs} is not a positive integer`);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1) throw new BadInput(`--timeout ${timeoutMs} is not a positive number of milliseconds`);
  selection(options.only); // an --only that names no requirement is bad input: said now, before any run
  const models = modelsOf(options, loaded, cwd);
  const explored = applyExplored(loaded, models, options.explored);
  const config = explored.loaded.config;
  const security = options.security ?? config.security ?? false;
  if (security && !('endpoint' in target)) throw new BadInput('--security probes how a web service verifies requests: give --endpoint https://...');
  return {
    target,
    cwd,
    config,
    configDir: loaded.dir,
    seed,
    runs,
    timeoutMs,
    strict: options.strict ?? false,
    locales: runLocales(config.locales, options.interactionModel ?? loaded.config.interactionModel),
    applicationId: config.applicationId ?? DEFAULT_APPLICATION_ID,
    ...(options.only ? { only: options.only } : {}),
    ...(ispCatalog ? { ispCatalog } : {}),
    security,
    ...(options.case ? { caseId: options.case } : {}),
    ...(models ? { models: Object.fromEntries(Object.entries(models).map(([locale, m]) => [locale, { shown: m.shown, language: m.language }])) } : {}),
    notes: [...notesOf(loaded, models), ...explored.notes],
    replay: {
      targetArgs: targetArgsOf(target, security),
      ...(typeof options.config === 'string' ? { config: options.config } : {}),
      ...(typeof options.interactionModel === 'string' ? { interactionModel: options.interactionModel } : {}),
      seed,
      runs,
      timeoutMs,
      ...('endpoint' in target ? { endpoint: target.endpoint } : {}),
      exploreArgs: exploreArgsOf(options),
    },
  };
}

/** The products of the config's isp.catalog (relative to the config's folder); a file that is not a catalog is a config error. */
function ispCatalogOf({ config, dir, file }: LoadedConfig): InSkillProduct[] | undefined {
  const path = config.isp?.catalog;
  if (path === undefined) return undefined;
  const read = readCatalogFile(resolve(dir, path));
  if ('problem' in read) throw new BadInput(`${file ?? 'config'}: isp.catalog ${read.problem}`);
  return read.catalog;
}

/** What the families see of a run: its options, the mock APIs' endpoint, the clock's now, and the models rebuilt from data. */
export function planOf(options: RunOptions, apiEndpoint: string, now = new Date()): Plan {
  const { config, configDir, seed, runs, timeoutMs, locales, applicationId, ispCatalog, security, models } = options;
  return {
    config,
    configDir,
    seed,
    runs,
    timeoutMs,
    apiEndpoint,
    now,
    locales,
    applicationId,
    ...(models ? { models: Object.fromEntries(Object.entries(models).map(([locale, m]) => [locale, new InteractionModel(m.shown, m.language)])) } : {}),
    ...(ispCatalog ? { ispCatalog } : {}),
    security,
  };
}
