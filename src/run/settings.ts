import type { UnitAddress } from './unit-service.js';

/** The environment variable through which `run` hands its settings to Playwright's workers and reporters. */
export const RUN_ENV = 'ALEXA_SHOPPING_CONFORMANCE_RUN';

/**
 * The environment Playwright is started in, beside RUN_ENV. Everything Playwright loads for a run (config,
 * reporters, suites) is compiled JavaScript in dist/, so its TypeScript loader is not needed; on Node 20 that
 * loader is an ESM hooks thread in the runner and in each worker, through which every import then passes: about
 * 0.5 s of CPU a run (`npm run bench -- breakdown`). Playwright reads PW_DISABLE_TS_ESM and then loads modules
 * with Node's own loader; a Playwright that no longer reads it runs the same, only slower.
 */
export const PLAYWRIGHT_ENV: Readonly<NodeJS.ProcessEnv> = { PW_DISABLE_TS_ESM: '1' };

/** What the CLI hands Playwright, as one JSON object: where reports go, and where the run process answers the tests. */
export interface RunSettings {
  /** The folder report.json, report.md, report.html and junit.xml are written to. */
  reportDir: string;
  /** `--shard i/n`: this run is one of n; the config then leaves a blob report for merge-reports. */
  shard?: string;
  /** `--workers n`: Playwright workers; absent, one. */
  workers?: number;
  /** Where the run process that probes the skill answers the tests. */
  units?: UnitAddress;
}

export function runSettings(): RunSettings {
  const raw = process.env[RUN_ENV];
  if (!raw) throw new Error(`${RUN_ENV} is not set: the conformance suites run through \`alexa-shopping-conformance run\``);
  return JSON.parse(raw) as RunSettings;
}
