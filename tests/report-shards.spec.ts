import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { validate } from '../src/schema/ajv.js';
import type { ConformanceReport } from '../src/types/index.js';
import { cli, type CliResult } from './helpers/cli.js';

/**
 * The reference skill run on one machine, and in 2 and in 3 shards with the same seed whose blob reports
 * merge-reports turns into one report: every requirement must come out the same (durations aside).
 */
const ARGS = ['run', '--runs', '2', '--seed', '11', '--workers', '1'];
const NO_SUMMARY = { env: { GITHUB_STEP_SUMMARY: '' } };

// Generous: six runs and three merges, on CI machines that run other tests beside them.
test.describe.configure({ mode: 'serial', timeout: 600_000 });

let dir: string;
const runs = new Map<string, CliResult>();

const report = (name: string): ConformanceReport => JSON.parse(readFileSync(join(dir, name, 'report.json'), 'utf8')) as ConformanceReport;

/** Gathers some shards' blob reports the way CI artifacts arrive: one folder per machine. */
function gather(name: string, shards: string[]): string {
  const into = join(dir, name);
  for (const shard of shards) {
    mkdirSync(join(into, shard), { recursive: true });
    const n = shard.split('-')[1];
    const i = shard.split('-')[2];
    copyFileSync(join(dir, shard, 'blob', `shard-${i}-of-${n}.zip`), join(into, shard, `shard-${i}-of-${n}.zip`));
  }
  return into;
}

test.beforeAll(async () => {
  test.setTimeout(600_000);
  dir = mkdtempSync(join(tmpdir(), 'asc-shards-'));
  const jobs: [string, string[]][] = [
    ['one', []],
    ['s-2-1', ['--shard', '1/2']],
    ['s-2-2', ['--shard', '2/2']],
    ['s-3-1', ['--shard', '1/3']],
    ['s-3-2', ['--shard', '2/3']],
    ['s-3-3', ['--shard', '3/3']],
  ];
  const results = await Promise.all(jobs.map(([name, extra]) => cli([...ARGS, ...extra, '--report', join(dir, name)], NO_SUMMARY)));
  jobs.forEach(([name], i) => runs.set(name, results[i]!));
  const merges: [string, string][] = [
    ['merged-2', gather('blobs-2', ['s-2-1', 's-2-2'])],
    ['merged-3', gather('blobs-3', ['s-3-1', 's-3-2', 's-3-3'])],
    ['merged-partial', gather('blobs-partial', ['s-3-1', 's-3-3'])],
  ];
  const merged = await Promise.all(merges.map(([name, blobs]) => cli(['merge-reports', blobs, '--report', join(dir, name)], NO_SUMMARY)));
  merges.forEach(([name], i) => runs.set(name, merged[i]!));
});

test('each shard exits 0 with a partial report that says which shard it is', () => {
  for (const name of ['s-2-1', 's-2-2', 's-3-1', 's-3-2', 's-3-3']) {
    const run = runs.get(name)!;
    expect(run.status, `${name}: ${run.stderr}`).toBe(0);
    const [, total, current] = name.split('-').map(Number);
    expect(report(name).shard).toEqual({ current, total });
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(/^\d+ passed, 0 failed(, \d+ skipped)?$/);
  }
  expect(report('s-3-1').requirements.some((r) => r.note?.startsWith('not judged in this shard'))).toBe(true);
});

for (const shards of [2, 3]) {
  test(`the report merged from ${shards} shards agrees with the unsharded one on every requirement`, () => {
    const merged = runs.get(`merged-${shards}`)!;
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout.trim().split('\n').at(-1)).toBe(runs.get('one')!.stdout.trim().split('\n').at(-1));
    const one = report('one');
    const both = report(`merged-${shards}`);
    expect(validate('report', both)).toEqual([]);
    expect(both.shard).toBeUndefined();
    expect(both.incomplete).toBeUndefined();
    const row = (r: ConformanceReport['requirements'][number]): unknown => ({
      id: r.id,
      status: r.status,
      probes: r.probes,
      violations: r.violationCount ?? r.violations.length,
      note: r.note,
    });
    expect(both.requirements.map(row)).toEqual(one.requirements.map(row));
    expect(both.summary).toEqual(one.summary);
    expect({ ...both, startedAt: 0, durationMs: 0, requirements: 0 }).toEqual({ ...one, startedAt: 0, durationMs: 0, requirements: 0 });
  });
}

test('a merge that lacks a shard is incomplete: exit 2, a failing verdict, and the shard named', () => {
  const partial = runs.get('merged-partial')!;
  expect(partial.status).toBe(2);
  expect(partial.stderr.trim()).toBe('alexa-shopping-conformance: the run is incomplete: the blob report of shard 2/3 is missing from the merge');
  const merged = report('merged-partial');
  expect(merged.incomplete).toEqual(['the blob report of shard 2/3 is missing from the merge']);
  expect(merged.summary.verdict).toBe('fail');
  expect(readFileSync(join(dir, 'merged-partial', 'report.md'), 'utf8')).toContain('**Incomplete run**');
});

test('--shard without --seed, and merge-reports without blob reports, are usage errors', async () => {
  const [unseeded, empty] = await Promise.all([
    cli(['run', '--shard', '1/2', '--report', join(dir, 'unseeded')], NO_SUMMARY),
    cli(['merge-reports', join(dir, 'one', '.playwright'), '--report', join(dir, 'empty')], NO_SUMMARY),
  ]);
  expect(unseeded.status).toBe(2);
  expect(unseeded.stderr).toBe('alexa-shopping-conformance: --shard needs a --seed that every shard shares\n');
  expect(empty.status).toBe(2);
  expect(empty.stderr).toMatch(/^alexa-shopping-conformance: no blob reports \(\*\.zip\) under /);
});
