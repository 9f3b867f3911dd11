import { defineConfig } from '@playwright/test';

/** The suite's own tests (tests/): schemas, generators, checks, mocks, the corpus, the reports. */
export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  timeout: 120_000,
  reporter: [[process.env['CI'] ? 'dot' : 'list'], ['./reporters/summary-line.ts']],
});
