import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { problemsShown } from '../src/report/counts.js';
import { MAX_CASE_ID } from '../src/scenarios/case-id.js';
import { runConformance } from '../src/run/conformance.js';
import { ROOT } from './helpers/cli.js';

const defect = (name: string): string => join(ROOT, 'dist', 'fixtures', 'skills', 'defects', `${name}.js`);
const config = join(ROOT, 'fixtures', 'skills', 'reference', 'conformance.json');

/** What a replay must reproduce: the request as generated, apart from what Alexa stamps at send time. */
function stable(request: unknown): unknown {
  return JSON.parse(
    JSON.stringify(request, (key, value: unknown) =>
      ['requestId', 'timestamp', 'apiAccessToken', 'apiEndpoint'].includes(key) ? undefined : value,
    ),
  ) as unknown;
}

for (const { name, id } of [
  { name: 'ssml-unescaped-slot', id: 'RSP-SSML' }, // a property family: the case is the shrunk value's fast-check path
  { name: 'ssml-unclosed-break', id: 'RSP-SSML' }, // a long shrink path (fifty-odd steps), printed compact
  { name: 'resume-reads-code', id: 'RESUME-SILENT-ERROR' }, // a matrix family: the case is the matrix group, its long id shortened
]) {
  test(`the case a ${id} violation names replays just that case (${name})`, async () => {
    test.setTimeout(120_000);
    const target = { handler: defect(name) };
    const first = await runConformance({ target, config, seed: 11, runs: 10, only: [id] });
    const violation = first.requirements.find((r) => r.id === id)?.violations[0];
    expect(violation?.case, 'the violation names its case').toBeTruthy();
    expect(violation?.replay).toContain(`--case ${violation?.case}`);
    expect(violation?.case?.length, `${violation?.case} is short enough to type`).toBeLessThanOrEqual(MAX_CASE_ID);
    expect(problemsShown(first.requirements.find((r) => r.id === id)?.violations ?? []), 'the listed entries stand for no more problems than counted').toBeLessThanOrEqual(
      first.requirements.find((r) => r.id === id)?.violationCount ?? 0,
    );
    const replay = await runConformance({ target, config, seed: 11, runs: 10, only: [id], case: violation?.case ?? '' });
    const again = replay.requirements.find((r) => r.id === id);
    expect(again?.status).toBe('fail');
    expect(replay.summary.probes).toBeLessThan(first.summary.probes);
    expect(again?.violations.map((v) => stable(v.request))).toContainEqual(stable(violation?.request));
  });
}

/** Splits a printed replay command (the reproducer's quoting: plain words, or single-quoted ones). */
function words(command: string): string[] {
  return [...command.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) => (m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : (m[2] ?? '')));
}

test('every printed replay command of a failing run, run as printed, reproduces its violation (a robust-family case included)', async () => {
  test.setTimeout(600_000);
  const { cli } = await import('./helpers/cli.js');
  const { mkdtempSync, readFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'asc-replay-'));
  const skill = join(ROOT, 'tests', 'fixtures', 'report-skill.mjs');
  const first = await cli(['run', '--handler', skill, '--config', config, '--seed', '3', '--runs', '3', '--only', 'SESSION-ENDED-SILENT', '--report', join(dir, 'first')]);
  expect(first.status, first.stderr).toBe(1);
  const report = JSON.parse(readFileSync(join(dir, 'first', 'report.json'), 'utf8')) as { requirements: { id: string; violations: { replay: string; case?: string }[] }[] };
  const violations = report.requirements.flatMap((r) => r.violations.map((v) => ({ id: r.id, ...v })));
  expect(violations.length).toBeGreaterThan(0);
  // A case of a family that is not there for the requirement (robust sends session ends too) still runs
  // that family: before, `--only SESSION-ENDED-SILENT --case robust:N` probed nothing and exited 2.
  for (const n of [0, 1, 2]) {
    const robust = await cli(['run', '--handler', skill, '--config', config, '--seed', '3', '--runs', '3', '--only', 'SESSION-ENDED-SILENT', '--case', `robust:${n}`, '--report', join(dir, `robust-${n}`)]);
    expect(robust.status, `robust:${n} probes something (${robust.stderr})`).not.toBe(2);
  }
  for (const [i, v] of violations.entries()) {
    const [npx, bin, ...args] = words(v.replay);
    expect([npx, bin]).toEqual(['npx', 'alexa-shopping-conformance']);
    const replay = await cli([...args, '--report', join(dir, `replay-${i}`)]);
    expect(replay.status, `${v.replay}\n${replay.stderr}`).toBe(1);
    const again = JSON.parse(readFileSync(join(dir, `replay-${i}`, 'report.json'), 'utf8')) as typeof report;
    expect(again.requirements.find((r) => r.id === v.id)?.violations.length, v.replay).toBeGreaterThan(0);
  }
});
