/** `run --security` and HTTPS endpoints from the command line: bad input, a full run against a web skill in its own process, and the normal run's note. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { expect, test } from '@playwright/test';
import { runConformance } from '../src/run/conformance.js';
import { EndpointTarget } from '../src/targets/endpoint.js';
import type { ConformanceReport } from '../src/types/index.js';
import { cli, ROOT } from './helpers/cli.js';

const WEB_MAIN = join(ROOT, 'dist', 'fixtures', 'skills', 'web', 'main.js');

/** Starts a web skill of the corpus in a process of its own; resolves with its URL and CA file once it listens. */
async function webSkill(variant: string): Promise<{ url: string; ca: string; child: ChildProcess }> {
  const ca = join(mkdtempSync(join(tmpdir(), 'asc-web-')), 'ca.pem');
  const child = spawn(process.execPath, [WEB_MAIN, variant, ca], { stdio: ['ignore', 'pipe', 'inherit'] });
  if (!child.stdout) throw new Error('no stdout');
  const [url] = await new Promise<string[]>((resolve, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', (line) => resolve([line]));
    child.once('exit', (code) => reject(new Error(`the web skill exited ${code}`)));
  });
  if (!url) throw new Error('no URL');
  return { url, ca, child };
}

const bad: { name: string; args: string[]; says: RegExp }[] = [
  { name: '--security with the reference skill', args: ['--security'], says: /--security probes how a web service verifies requests: give --endpoint/ },
  { name: '--security with a handler', args: ['--security', '--handler', join(ROOT, 'tests', 'fixtures', 'handlers.mjs')], says: /give --endpoint/ },
  { name: '--ca without an endpoint', args: ['--ca', 'ca.pem'], says: /--ca and --insecure go with --endpoint/ },
  { name: '--ca with a plain http endpoint', args: ['--endpoint', 'http://127.0.0.1:9/', '--ca', 'ca.pem'], says: /are for an https:\/\/ endpoint/ },
  { name: 'a --ca file that does not exist', args: ['--endpoint', 'https://127.0.0.1:9/', '--ca', 'missing-ca.pem'], says: /--ca missing-ca.pem: cannot read/ },
];

for (const b of bad) {
  test(`run with ${b.name} exits 2 with one line`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asc-bad-'));
    const result = await cli(['run', ...b.args, '--report', dir], { cwd: dir });
    expect(result.status).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(b.says);
  });
}

test('a self-signed HTTPS endpoint without --ca is bad input that says how to trust it', async () => {
  const skill = await webSkill('verifying');
  try {
    const dir = mkdtempSync(join(tmpdir(), 'asc-bad-'));
    const result = await cli(['run', '--endpoint', skill.url, '--security', '--report', dir]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/TLS handshake failed: .*give --ca <pem>, or --insecure/);
  } finally {
    skill.child.kill('SIGTERM');
  }
});

test('run --endpoint https://127.0.0.1:PORT/ --ca cert.pem --security against the verifying skill: exit 0, the SEC rows, a JUnit security case', async () => {
  test.setTimeout(180_000);
  const skill = await webSkill('verifying');
  try {
    const dir = mkdtempSync(join(tmpdir(), 'asc-sec-'));
    const config = join(ROOT, 'fixtures', 'skills', 'reference', 'conformance.json');
    const result = await cli(['run', '--endpoint', skill.url, '--ca', skill.ca, '--security', '--config', config, '--seed', '7', '--report', dir, '--workers', '1']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as ConformanceReport;
    expect(report.summary.probes).toBe(17);
    const sec = Object.fromEntries(report.requirements.filter((r) => r.id.startsWith('SEC-')).map((r) => [r.id, r.status]));
    expect(sec).toEqual({
      'SEC-SIG-HEADERS': 'pass',
      'SEC-SIGNATURE': 'pass',
      'SEC-CERT-URL': 'pass',
      'SEC-CERT': 'not-applicable',
      'SEC-TIMESTAMP': 'not-applicable',
      'SEC-TIMESTAMP-FUTURE': 'not-applicable',
      'SEC-APPLICATION-ID': 'not-applicable',
    });
    expect(report.requirements.find((r) => r.id === 'LAUNCH-RESPONDS')?.note).toContain('--security runs the request-verification family alone');
    expect(readFileSync(join(dir, 'junit.xml'), 'utf8')).toMatch(/<testcase name="security"/);
  } finally {
    skill.child.kill('SIGTERM');
  }
});

test('a normal run lists SEC-* as not applicable with how to run them', async () => {
  const report = await runConformance({ only: ['LAUNCH-RESPONDS', 'SEC'], seed: 7, runs: 2 });
  for (const r of report.requirements.filter((row) => row.id.startsWith('SEC-'))) {
    expect(r.status, r.id).toBe('not-applicable');
    expect(r.note, r.id).toBe("not probed: run with --security against the skill's endpoint");
  }
});

test('the report notes a plain http:// endpoint and an unverified certificate', () => {
  expect(new EndpointTarget('http://127.0.0.1:3000/').notes.join()).toMatch(/certification requires HTTPS on port 443 with a certificate from a trusted authority/);
  expect(new EndpointTarget('https://127.0.0.1:3000/', 8, { insecure: true }).notes).toEqual(["--insecure: the endpoint's TLS certificate was not verified"]);
  expect(new EndpointTarget('https://127.0.0.1:3000/', 8, { ca: 'PEM' }).notes).toEqual([]);
});
