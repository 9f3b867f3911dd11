import { cpus } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { runSettings } from './src/run/settings.js';

/**
 * The conformance run: `alexa-shopping-conformance run` starts Playwright with this config (compiled to
 * dist/). One spec file per scenario family; a family's tests run in order in one worker.
 */
const settings = runSettings();
const reportDir = settings.reportDir;

export default defineConfig({
  testDir: 'suites',
  testMatch: '*.spec.js',
  outputDir: join(reportDir, '.playwright', 'results'),
  fullyParallel: false,
  workers: Number(process.env['ALEXA_SHOPPING_CONFORMANCE_WORKERS'] ?? Math.max(1, Math.min(4, cpus().length))),
  retries: 0,
  timeout: 30 * 60_000,
  reporter: [
    ['./reporters/certification.js', { outputDir: reportDir }],
    ['junit', { outputFile: join(reportDir, 'junit.xml') }],
  ],
});
