/**
 * `merge-reports --security`: the two CI runs of the request-verification family (every verifier on, then
 * only signature verification off) against one endpoint, each through `run --security` in its own
 * process, combined into one report where every SEC requirement is judged; and the bad inputs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { expect, test } from '@playwright/test';
import { validate } from '../src/schema/ajv.js';
import type { ConformanceReport } from '../src/types/index.js';
import { cli, ROOT } from './helpers/cli.js';

test.describe.configure({ mode: 'serial' });

const WEB_MAIN = join(ROOT, 'dist', 'fixtures', 'skills', 'web', 'main.js');
const CONFIG = join(ROOT, 'fixtures', 'skills', 'reference', 'conformance.json');
const SEC = ['SEC-SIG-HEADERS', 'SEC-SIGNATURE', 'SEC-CERT-URL', 'SEC-CERT', 'SEC-TIMESTAMP', 'SEC-TIMESTAMP-FUTURE', 'SEC-APPLICATION-ID'];

/** Starts a web skill of the corpus in its own process (on `port` when given); resolves once it listens. */
async function webSkill(variant: string, port?: number): Promise<{ url: string; ca: string; child: ChildProcess }> {
  const ca = join(mkdtempSync(join(tmpdir(), 'asc-web-')), 'ca.pem');
  const child = spawn(process.execPath, [WEB_MAIN, variant, ca, ...(port ? [String(port)] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
  if (!child.stdout) throw new Error('no stdout');
  const [url] = await new Promise<string[]>((resolve, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', (line) => resolve([line]));
    child.once('exit', (code) => reject(new Error(`the web skill exited ${code}`)));
  });
  if (!url) throw new Error('no URL');
  return { url, ca, child };
}

const stopped = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null) resolve();
    else {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }
  });

/** `run --security` against one variant, leaving its report folder. */
async function securityRun(variant: string, dir: string, port?: number): Promise<{ url: string }> {
  const skill = await webSkill(variant, port);
  try {
    const result = await cli(['run', '--endpoint', skill.url, '--ca', skill.ca, '--security', '--config', CONFIG, '--seed', '7', '--report', dir, '--workers', '1']);
    expect(result.stderr).toBe('');
    // The signature-off run fails its signature requirements by design.
    expect(result.status).toBe(variant === 'verifying' ? 0 : 1);
    return { url: skill.url };
  } finally {
    await stopped(skill.child);
  }
}

/** A merge in CI would add its report to the job summary; not from a test. */
const NO_SUMMARY = { env: { GITHUB_STEP_SUMMARY: '' } };

const readReport = (dir: string): ConformanceReport => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as ConformanceReport;
const statuses = (report: ConformanceReport): Record<string, string> =>
  Object.fromEntries(report.requirements.filter((r) => r.id.startsWith('SEC-')).map((r) => [r.id, r.status]));

const root = mkdtempSync(join(tmpdir(), 'asc-secmerge-'));
const ON = join(root, 'verification-on');
const OFF = join(root, 'signature-off');

test.beforeAll(async () => {
  test.setTimeout(240_000);
  // The same endpoint twice, as in CI: the skill restarted with signature verification off on the same port.
  const { url } = await securityRun('verifying', ON);
  await securityRun('verifying-signature-off', OFF, Number(new URL(url).port));
});

test('each run --security records whether its unsigned control request was accepted', () => {
  expect(readReport(ON).security).toEqual({ control: 'refused' });
  expect(readReport(OFF).security).toEqual({ control: 'accepted' });
  // Each run alone leaves some SEC requirement not applicable: that is why they are merged.
  expect(Object.values(statuses(readReport(ON)))).toContain('not-applicable');
  expect(Object.values(statuses(readReport(OFF)))).not.toContain('not-applicable');
  expect(statuses(readReport(OFF))['SEC-SIGNATURE']).toBe('fail');
});

for (const order of [
  ['verification-on first', [ON, OFF]],
  ['signature-off first', [OFF, ON]],
] as const) {
  test(`merge-reports --security (${order[0]}) judges every SEC requirement from the run that can: all pass but the adapter's future-timestamp gap`, async () => {
    const out = join(root, `merged-${order[0].split(' ')[0]}`);
    const result = await cli(['merge-reports', '--security', ...order[1], '--report', out], NO_SUMMARY);
    expect(result.stderr).toBe('');
    // SEC-TIMESTAMP-FUTURE is a MUST: ask-sdk-express-adapter accepts future timestamps (fixtures/skills/web/variants.ts).
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^verdict: FAIL \(34 probes in two request-verification runs\)/);
    const merged = readReport(out);
    expect(validate('report', merged)).toEqual([]);
    expect(merged.security).toEqual({ control: 'both' });
    expect(statuses(merged)).toEqual({
      'SEC-SIG-HEADERS': 'pass',
      'SEC-SIGNATURE': 'pass',
      'SEC-CERT-URL': 'pass',
      'SEC-CERT': 'not-applicable',
      'SEC-TIMESTAMP': 'pass',
      'SEC-TIMESTAMP-FUTURE': 'fail',
      'SEC-APPLICATION-ID': 'pass',
    });
    // The failing row is the signature-off run's, with its evidence.
    const future = merged.requirements.find((r) => r.id === 'SEC-TIMESTAMP-FUTURE');
    expect(future?.violations[0]?.status).toBe(200);
    expect(merged.summary.MUST.fail).toBe(1);
    expect(merged.summary.verdict).toBe('fail');
    expect(merged.summary.probes).toBe(readReport(ON).summary.probes + readReport(OFF).summary.probes);
    expect(merged.notes?.join('\n')).toContain('combined from two request-verification runs');
    // The rows no --security run judges stay not applicable, with the run's reason.
    expect(merged.requirements.find((r) => r.id === 'LAUNCH-RESPONDS')?.status).toBe('not-applicable');
    const junit = readFileSync(join(out, 'junit.xml'), 'utf8');
    for (const id of SEC) expect(junit).toContain(`name="${id} (`);
    expect(junit).toMatch(/<testcase classname="security.SEC" name="SEC-TIMESTAMP-FUTURE \(MUST\)"><failure /);
    expect(junit).toMatch(/<testcase classname="security.SEC" name="SEC-SIGNATURE \(MUST\)"><\/testcase>/);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('SEC-TIMESTAMP-FUTURE');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('SEC-APPLICATION-ID');
  });
}

/** A copy of a run's report folder with its report.json changed. */
function altered(from: string, name: string, change: (report: ConformanceReport) => unknown): string {
  const dir = join(root, name);
  cpSync(from, dir, { recursive: true });
  writeFileSync(join(dir, 'report.json'), JSON.stringify(change(readReport(from))));
  return dir;
}

const bad: { name: string; args: () => string[]; says: RegExp }[] = [
  { name: 'one folder', args: () => [ON], says: /takes the report folders of the two run --security runs, got 1/ },
  { name: 'a folder that does not exist', args: () => [ON, join(root, 'nowhere')], says: /nowhere is not a folder/ },
  {
    name: 'a folder without report.json',
    args: () => {
      const empty = join(root, 'empty');
      mkdirSync(empty, { recursive: true });
      return [ON, empty];
    },
    says: /empty holds no report.json/,
  },
  {
    name: 'a report.json that is not JSON',
    args: () => {
      const broken = join(root, 'broken');
      mkdirSync(broken, { recursive: true });
      writeFileSync(join(broken, 'report.json'), '{ not json');
      return [ON, broken];
    },
    says: /broken\/report.json is not JSON/,
  },
  {
    name: 'a report that is not a security run',
    args: () => [ON, altered(OFF, 'plain', ({ security: _, ...rest }) => rest)],
    says: /plain\/report.json is not a request-verification run \(run --security\)/,
  },
  {
    name: 'two runs of different targets',
    args: () => [ON, altered(OFF, 'elsewhere', (r) => ({ ...r, target: { ...r.target, location: 'https://127.0.0.1:1/' } }))],
    says: /the two runs probed different targets \(https:\/\/127\.0\.0\.1:\d+\/ and https:\/\/127\.0\.0\.1:1\/\)/,
  },
  {
    name: "one shard's partial report",
    args: () => [ON, altered(OFF, 'shard', (r) => ({ ...r, shard: { current: 1, total: 2 } }))],
    says: /shard\/report.json is shard 1\/2 of a run: merge-reports its blob reports first/,
  },
  { name: 'both controls refused', args: () => [ON, ON], says: /both runs had the unsigned control request refused: run one of them with signature verification off/ },
  { name: 'both controls accepted', args: () => [OFF, OFF], says: /both runs had the unsigned control request accepted: run one of them with every verifier on/ },
  { name: 'a merged report again', args: () => [ON, join(root, 'merged-verification-on')], says: /is already a merged request-verification report/ },
];

for (const b of bad) {
  test(`merge-reports --security with ${b.name} exits 2 with one line`, async () => {
    const out = join(root, 'bad-out');
    const result = await cli(['merge-reports', '--security', ...b.args(), '--report', out], NO_SUMMARY);
    expect(result.status).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(b.says);
    expect(result.stdout).toBe('');
  });
}
