/**
 * A run is a value: two runConformance calls at once in one process, with different skills and seeds, give
 * the reports the same calls give one after the other (apart from dates, durations, and the request ids,
 * tokens and timestamps the clock makes). Nothing of one run (mocks, product service, request ids, calls
 * the skill made while loading) leaks into the other.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runConformance, type ConformanceOptions, type ConformanceReport } from '../src/index.js';
import { packageRoot } from '../src/schema/paths.js';
import { REFERENCE_CONFIG } from '../src/targets/resolve.js';

const defect = (name: string): string => join(packageRoot(), 'dist', 'fixtures', 'skills', 'defects', `${name}.js`);

const RUNS: ConformanceOptions[] = [
  { seed: 101, runs: 4 },
  { target: { handler: defect('list-type-lowercase') }, config: REFERENCE_CONFIG(), seed: 202, runs: 4 },
  { target: { handler: defect('lists-products-while-loading') }, config: REFERENCE_CONFIG(), seed: 303, runs: 3 },
];

/** What the clock and the machine make: dates, durations, request ids, tokens and timestamps, and the mock APIs' port. */
function comparable(report: ConformanceReport): unknown {
  const { startedAt: _startedAt, durationMs: _durationMs, ...rest } = report;
  return JSON.parse(
    JSON.stringify(rest)
      .replace(/amzn1\.echo-api\.request\.[0-9a-z]+/g, 'REQUEST-ID')
      .replace(/asc\.[0-9a-z]+/g, 'TOKEN')
      .replace(/http:\/\/127\.0\.0\.1:\d+/g, 'MOCK-APIS')
      .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, 'DATE'),
  ) as unknown;
}

test.describe.configure({ timeout: 300_000 });

test('runs at once in one process report what the same runs report one after the other', async () => {
  const alone: ConformanceReport[] = [];
  for (const options of RUNS) alone.push(await runConformance(options));
  const together = await Promise.all(RUNS.map((options) => runConformance(options)));

  const failing = (r: ConformanceReport): string[] => r.requirements.filter((row) => row.status === 'fail').map((row) => row.id);
  // The runs differ from one another, so a report handed to the wrong caller would show.
  expect(alone.map(failing)).toEqual([[], ['SHOP-LIST-TYPE'], ['ISP-ENDPOINT']]);
  expect(together.map(comparable)).toEqual(alone.map(comparable));
});
