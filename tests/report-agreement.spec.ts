import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { requirement } from '../src/requirements/catalog.js';
import type { ConformanceReport } from '../src/types/index.js';
import { cli, ROOT, type CliResult } from './helpers/cli.js';

/**
 * stdout, junit.xml, report.json, report.md and report.html say the same of every requirement: one run
 * with a pass, a failure (a crash, which is a failure and not "not applicable") and not-applicables.
 */
const SKILL = join(ROOT, 'tests', 'fixtures', 'agreement-skill.mjs');

test.describe.configure({ mode: 'serial', timeout: 600_000 });

let dir: string;
let run: CliResult;
let report: ConformanceReport;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  dir = mkdtempSync(join(tmpdir(), 'asc-agree-'));
  const reference = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'skills', 'reference', 'conformance.json'), 'utf8')) as Record<string, unknown>;
  const model = join(ROOT, 'fixtures', 'skills', 'reference', 'skill-package', 'interactionModels', 'custom', 'en-US.json');
  const actions = { AddToShoppingCart: (reference['actions'] as Record<string, unknown>)['AddToShoppingCart'] };
  const config = join(dir, 'config.json');
  writeFileSync(config, JSON.stringify({ ...reference, actions, isp: undefined, interactionModel: model }));
  const only = 'LAUNCH-RESPONDS,SESSION-ENDED-SILENT,REFUND-GUIDANCE,REFUND-NO-TASK';
  run = await cli(['run', '--handler', SKILL, '--config', config, '--runs', '2', '--seed', '5', '--only', only, '--report', dir], { env: { GITHUB_STEP_SUMMARY: '' } });
  report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as ConformanceReport;
});

const statuses = (): Map<string, string> => new Map(report.requirements.map((r) => [r.id, r.status]));

test('report.json: the crash fails LAUNCH-RESPONDS, the cart-only skill makes REFUND-* not applicable, the exit status follows', () => {
  expect(run.status, run.stderr).toBe(1);
  const status = statuses();
  expect(status.get('LAUNCH-RESPONDS')).toBe('fail');
  expect(report.requirements.find((r) => r.id === 'LAUNCH-RESPONDS')?.note).toMatch(/crashed, timed out or answered no JSON object/);
  expect(report.requirements.find((r) => r.id === 'LAUNCH-RESPONDS')?.violations[0]?.message).toMatch(/^sent, but the skill gave no response to judge: /);
  expect(status.get('SESSION-ENDED-SILENT')).toBe('pass');
  expect(status.get('REFUND-GUIDANCE')).toBe('not-applicable');
  expect(status.get('REFUND-NO-TASK')).toBe('not-applicable');
});

test('report.md and report.html show every requirement with report.json\'s status', () => {
  const icon = { pass: '✅ pass', fail: '❌ fail', 'not-applicable': '➖ n/a' } as const;
  const md = readFileSync(join(dir, 'report.md'), 'utf8');
  const html = readFileSync(join(dir, 'report.html'), 'utf8');
  for (const r of report.requirements) {
    const row = md.split('\n').find((line) => line.startsWith(`| ${r.id} |`) || line.startsWith(`| [${r.id}](`));
    expect(row, `${r.id} in report.md`).toContain(`| ${icon[r.status]} |`);
    expect(html, `${r.id} in report.html`).toContain(`id="${r.id}" data-status="${r.status}"`);
  }
});

test('junit.xml fails exactly the families whose requirements fail at MUST, naming those requirements', () => {
  const junit = readFileSync(join(dir, 'junit.xml'), 'utf8');
  const failures = junit.match(/<failure[\s\S]*?<\/failure>/g) ?? [];
  const named = new Set(report.requirements.map((r) => r.id).filter((id) => failures.some((f) => f.includes(`${id} (`))));
  const failingMust = new Set(report.requirements.filter((r) => r.status === 'fail' && requirement(r.id)?.level === 'MUST').map((r) => r.id));
  expect(named).toEqual(failingMust);
  // The refund family answered the refund intent badly, but the requirement does not apply: no failure.
  expect(junit.match(/<testcase name="refund"[^>]*\/?>(\s*<\/testcase>|[\s\S]*?<\/testcase>)/)?.[0] ?? '').not.toContain('<failure');
});

test('stdout names the same failures, and its closing line counts report.json\'s statuses', () => {
  const failingNamed = new Set([...run.stdout.matchAll(/failing ([^[]+)/g)].flatMap((m) => [...(m[1] ?? '').matchAll(/([A-Z]+(?:-[A-Z0-9]+)+) \(/g)].map((x) => x[1])));
  const failing = report.requirements.filter((r) => r.status === 'fail').map((r) => r.id);
  expect(failingNamed).toEqual(new Set(failing));
  expect(run.stdout).not.toMatch(/FAIL\s+refund/);
  const count = (s: string): number => report.requirements.filter((r) => r.status === s).length;
  expect(run.stdout.trim().split('\n').at(-1)).toBe(`${count('pass')} passed, ${count('fail')} failed, ${count('not-applicable')} skipped`);
});
