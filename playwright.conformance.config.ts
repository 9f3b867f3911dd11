import { join } from 'node:path';
import { defineConfig, type ReporterDescription } from '@playwright/test';
import { MERGE_ENV, shardMark } from './src/report/shards.js';
import { runSettings } from './src/run/settings.js';

/**
 * The conformance run: `alexa-shopping-conformance run` starts Playwright with this config (compiled to
 * dist/) and probes the skill itself, every family at once; each test reports one family's outcome
 * (src/run/suite.ts). One spec file per scenario family.
 * `alexa-shopping-conformance merge-reports` loads it too, for its reporters only: then MERGE_ENV names
 * the report folder and no run settings exist.
 */
const merging = process.env[MERGE_ENV];
const settings = merging === undefined ? runSettings() : undefined;
const reportDir = merging ?? settings?.reportDir ?? 'conformance-report';
const shard = settings?.shard?.split('/').map(Number);
const [current, total] = shard ?? [];

// The progress reporter comes first and the certification reporter last: its closing line ends stdout.
const reporter: ReporterDescription[] = [
  ...(settings ? [['./reporters/units.js'] as ReporterDescription] : []),
  ['./reporters/progress.js'],
  ['junit', { outputFile: join(reportDir, 'junit.xml') }],
  ...(current && total ? [['blob', { outputDir: join(reportDir, 'blob'), fileName: `shard-${current}-of-${total}.zip` }] as ReporterDescription] : []),
  ['./reporters/certification.js', { outputDir: reportDir }],
];

export default defineConfig({
  testDir: 'suites',
  testMatch: '*.spec.js',
  outputDir: join(reportDir, '.playwright', 'results'),
  fullyParallel: false,
  // The run process probes every family at once; a worker only reports them, so one is enough (more help a run in
  // which many families fail: Playwright starts a fresh worker after each failed test).
  workers: settings?.workers ?? 1,
  retries: 0,
  timeout: 30 * 60_000,
  // Merged configs keep every shard's metadata keys: the certification reporter finds missing shards by them.
  metadata: current && total ? { [shardMark(current, total)]: true } : {},
  reporter,
});
