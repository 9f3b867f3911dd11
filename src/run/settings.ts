import type { ConformanceOptions } from './options.js';

/** The environment variable through which `run` hands its options to Playwright's workers and reporters. */
export const RUN_ENV = 'ALEXA_SHOPPING_CONFORMANCE_RUN';

/** What the CLI resolved before starting Playwright: the options (with the seed fixed) and where reports go. */
export interface RunSettings {
  options: ConformanceOptions & { seed: number };
  /** The folder report.json, report.md, report.html and junit.xml are written to. */
  reportDir: string;
  /** The CLI's working directory, where relative paths resolve. */
  cwd: string;
  /** `--shard i/n`: this run is one of n; the config then leaves a blob report for merge-reports. */
  shard?: string;
}

export function runSettings(): RunSettings {
  const raw = process.env[RUN_ENV];
  if (!raw) throw new Error(`${RUN_ENV} is not set: the conformance suites run through \`alexa-shopping-conformance run\``);
  return JSON.parse(raw) as RunSettings;
}
