import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { familiesFromParts, type Part, type RunMeta } from '../src/report/part-attachments.js';
import type { RequirementTally } from '../src/report/tally.js';
import type { ReportedViolation } from '../src/types/index.js';
import { cli, type CliResult } from './helpers/cli.js';

/**
 * The reference skill at the default --runs, whole and in two shards of the same seed: Playwright shards
 * by test count, so the resume family (half the run's probes) is split per task to let each shard carry
 * about half the probes; merged, the shards give the whole run's rows.
 */
const ARGS = ['run', '--seed', '1', '--workers', '1'];
const NO_SUMMARY = { env: { GITHUB_STEP_SUMMARY: '' } };

test.describe('shards of the reference run', () => {
  test.describe.configure({ mode: 'serial', timeout: 600_000 });
  let dir: string;
  const runs = new Map<string, CliResult>();
  const report = (name: string): { summary: { probes: number }; requirements: { id: string; status: string; probes: number; note?: string }[] } =>
    JSON.parse(readFileSync(join(dir, name, 'report.json'), 'utf8')) as never;

  test.beforeAll(async () => {
    test.setTimeout(600_000);
    dir = mkdtempSync(join(tmpdir(), 'asc-balance-'));
    const jobs: [string, string[]][] = [
      ['one', []],
      ['s1', ['--shard', '1/2']],
      ['s2', ['--shard', '2/2']],
    ];
    const results = await Promise.all(jobs.map(([name, extra]) => cli([...ARGS, ...extra, '--report', join(dir, name)], NO_SUMMARY)));
    jobs.forEach(([name], i) => runs.set(name, results[i]!));
    for (const [shard, i] of [['s1', 1], ['s2', 2]] as const) {
      mkdirSync(join(dir, 'blobs', shard), { recursive: true });
      copyFileSync(join(dir, shard, 'blob', `shard-${i}-of-2.zip`), join(dir, 'blobs', shard, `shard-${i}-of-2.zip`));
    }
    runs.set('merged', await cli(['merge-reports', join(dir, 'blobs'), '--report', join(dir, 'merged')], NO_SUMMARY));
  });

  test('each shard probes within 20 % of half the whole run', () => {
    for (const name of ['one', 's1', 's2', 'merged']) expect(runs.get(name)!.status, `${name}: ${runs.get(name)!.stderr}`).toBe(0);
    const half = report('one').summary.probes / 2;
    expect(half).toBeGreaterThan(1000);
    for (const name of ['s1', 's2']) {
      const probes = report(name).summary.probes;
      expect(Math.abs(probes - half) / half, `${name}: ${probes} probes against half ${half}`).toBeLessThanOrEqual(0.2);
    }
    expect(report('s1').summary.probes + report('s2').summary.probes).toBe(report('one').summary.probes);
  });

  test('the merged shards give the whole run its requirement rows', () => {
    const row = (r: { id: string; status: string; probes: number; note?: string }): unknown => ({ id: r.id, status: r.status, probes: r.probes, note: r.note });
    expect(report('merged').requirements.map(row)).toEqual(report('one').requirements.map(row));
    expect(report('merged').summary).toEqual(report('one').summary);
  });
});

const violation = (n: number): ReportedViolation => ({ message: `problem ${n}`, scenario: `scenario ${n}`, case: `resume:${n}`, replay: `--case resume:${n}`, request: {}, response: null });
const tally = (probes: number, from: number, count: number, unjudged?: number): RequirementTally => ({
  probes,
  count,
  violations: Array.from({ length: Math.min(count, 3) }, (_, i) => violation(from + i)),
  ...(unjudged ? { unjudged } : {}),
});
const run = { seed: 1 } as RunMeta;
const part = (share: number, probes: number, requirements: Record<string, RequirementTally>, extra: Partial<Part['result']> = {}): Part => ({
  run,
  share,
  result: { family: 'resume', probes, observedTasks: [], ...extra },
  requirements,
});

test('the shares of a split family add up in share order, whatever order they arrive in', () => {
  const parts = [
    part(2, 30, { 'RES-A': tally(10, 200, 2) }, { observedTasks: ['AddToList'] }),
    part(0, 50, { 'RES-A': tally(20, 0, 2, 1), 'RES-B': tally(5, 50, 0) }, { observedTasks: ['AddToShoppingCart'] }),
    part(1, 40, { 'RES-A': tally(15, 100, 4) }, { observedTasks: ['BuyShoppingProducts'], unjudged: { 'RES-C': 'why' } }),
  ];
  const [family, ...others] = familiesFromParts(parts);
  expect(others).toEqual([]);
  expect(family!.probes).toBe(120);
  expect(family!.observedTasks).toEqual(['AddToList', 'AddToShoppingCart', 'BuyShoppingProducts']);
  expect(family!.unjudged).toEqual({ 'RES-C': 'why' });
  // As one pass over the cases in order would have kept them: the first three, the count of all.
  expect(family!.requirements['RES-A']).toEqual({ probes: 45, count: 8, unjudged: 1, violations: [violation(0), violation(1), violation(100)] });
  expect(family!.requirements['RES-B']).toEqual(tally(5, 50, 0));
  expect(family!.skipped).toBeUndefined();
});

test('a split family is skipped only when every share is', () => {
  const skipped = { skipped: 'the config declares no actions' };
  expect(familiesFromParts([part(0, 0, {}, skipped), part(1, 0, {}, skipped)])[0]!.skipped).toBe(skipped.skipped);
  const some = familiesFromParts([part(0, 0, {}, skipped), part(1, 7, { 'RES-A': tally(7, 0, 0) })])[0]!;
  expect(some.skipped).toBeUndefined();
  expect(some.probes).toBe(7);
});
