import type { UnitAddress } from './unit-service.js';

/** The environment variable through which `run` hands its settings to Playwright's workers and reporters. */
export const RUN_ENV = 'ALEXA_SHOPPING_CONFORMANCE_RUN';

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
