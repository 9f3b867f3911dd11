/**
 * The request-verification probes on real verifiers: the corpus's web skills (fixtures/skills/web), each
 * on loopback HTTPS in this process, judged exactly as their variant states; and proof that no probe
 * opens a connection to any host but loopback.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import nock from 'nock';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { refusedLookups } from '../fixtures/skills/web/offline.js';
import { startWebSkill, type WebSkill } from '../fixtures/skills/web/server.js';
import { WEB_VARIANTS, type WebVariant } from '../fixtures/skills/web/variants.js';
import { runConformance } from '../src/run/conformance.js';
import { REFERENCE_CONFIG } from '../src/targets/resolve.js';
import type { ConformanceReport } from '../src/types/index.js';

test.describe.configure({ mode: 'serial', timeout: 60_000 });

async function securityRun(skill: WebSkill): Promise<ConformanceReport> {
  const ca = join(mkdtempSync(join(tmpdir(), 'asc-sec-')), 'ca.pem');
  writeFileSync(ca, skill.ca);
  return runConformance({ target: { endpoint: skill.url, ca }, config: REFERENCE_CONFIG(), security: true, seed: 7, runs: 5 });
}

async function withSkill<T>(variant: WebVariant, use: (skill: WebSkill) => Promise<T>): Promise<T> {
  const skill = await startWebSkill({ verifier: variant.verifier });
  try {
    return await use(skill);
  } finally {
    await skill.close();
  }
}

const failing = (report: ConformanceReport): string[] => report.requirements.filter((r) => r.status === 'fail').map((r) => r.id);

for (const variant of WEB_VARIANTS) {
  test(`${variant.name}: fails exactly ${variant.fails.join(', ') || 'nothing'}`, async () => {
    const report = await withSkill(variant, securityRun);
    expect(failing(report).sort()).toEqual([...variant.fails].sort());
    expect(report.summary.probes).toBe(17);
    // The security run is the security family alone: nothing else was probed.
    for (const r of report.requirements.filter((row) => !row.id.startsWith('SEC-'))) expect(r.status, r.id).toBe('not-applicable');
  });
}

test('the verifying skill: the signature requirements pass, the gated ones are not applicable with the reason, never passed', async () => {
  const verifying = WEB_VARIANTS.find((v) => v.name === 'verifying');
  if (!verifying) throw new Error('no verifying variant');
  const report = await withSkill(verifying, securityRun);
  const row = (id: string) => report.requirements.find((r) => r.id === id);
  for (const id of ['SEC-SIG-HEADERS', 'SEC-SIGNATURE', 'SEC-CERT-URL']) expect(row(id)?.status, id).toBe('pass');
  // Its refusal of the loopback certificate URL shows nothing of a certificate check: not applicable, with why.
  expect(row('SEC-CERT')?.status).toBe('not-applicable');
  expect(row('SEC-CERT')?.note).toContain("its certificate URL is the suite's own, on loopback");
  for (const id of ['SEC-TIMESTAMP', 'SEC-TIMESTAMP-FUTURE', 'SEC-APPLICATION-ID']) {
    expect(row(id)?.status, id).toBe('not-applicable');
    expect(row(id)?.note).toContain('run them with signature verification off');
  }
  expect(report.summary.verdict).toBe('pass');
});

test('a violation shows the exact headers sent and the status received', async () => {
  const off = WEB_VARIANTS.find((v) => v.name === 'verification-off');
  if (!off) throw new Error('no verification-off variant');
  const report = await withSkill(off, securityRun);
  const violation = report.requirements.find((r) => r.id === 'SEC-CERT-URL')?.violations[0];
  expect(violation?.status).toBe(200);
  expect(violation?.headers?.['SignatureCertChainUrl']).toBe('http://s3.amazonaws.com/echo.api/echo-api-cert.pem');
  expect(violation?.headers?.['Signature-256']).toMatch(/^[A-Za-z0-9+/]+=*$/);
  expect(violation?.curl).toContain("-H 'SignatureCertChainUrl: http://s3.amazonaws.com/echo.api/echo-api-cert.pem'");
});

test('no probe opens a connection to any host but loopback', async () => {
  const connects: { host: string; port: number }[] = [];
  const connected: string[] = [];
  const original = net.Socket.prototype.connect;
  // Every client socket of this process, the suite's and the skills' (their certificate fetches) alike.
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    const [first, second] = args;
    const options = typeof first === 'object' && first !== null ? (first as { host?: string; port?: number; path?: string }) : { port: Number(first), host: typeof second === 'string' ? second : 'localhost' };
    if (!('path' in options && options.path)) connects.push({ host: options.host ?? 'localhost', port: Number(options.port) });
    this.once('connect', () => connected.push(this.remoteAddress ?? '?'));
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
  const before = refusedLookups.length;
  // nock (loaded by another spec file of this worker) replaces http's requests with its own sockets, which resolve
  // host names without the agent's lookup: the skill's fetch must go through the agent it was given, as in production.
  const nockWasActive = nock.isActive();
  if (nockWasActive) nock.restore();
  try {
    for (const name of ['verifying', 'verification-off', 'headers-only']) {
      const variant = WEB_VARIANTS.find((v) => v.name === name);
      if (!variant) throw new Error(`no ${name} variant`);
      await withSkill(variant, securityRun);
    }
  } finally {
    net.Socket.prototype.connect = original;
    if (nockWasActive) nock.activate();
  }
  const loopback = (address: string): boolean => ['127.0.0.1', '::1', '::ffff:127.0.0.1', 'localhost'].includes(address);
  // Keep-alive: a run reuses its sockets, so a few connections carry its 17 probes.
  expect(connected.length).toBeGreaterThanOrEqual(3);
  // Whatever a socket reached, it reached loopback.
  expect(connected.filter((address) => !loopback(address))).toEqual([]);
  // A socket aimed elsewhere is the verifying skill fetching Amazon's certificate: refused at lookup, before any packet left.
  const elsewhere = connects.filter((c) => !loopback(c.host)).map((c) => c.host);
  expect(new Set(elsewhere)).toEqual(new Set(refusedLookups.slice(before)));
  expect(elsewhere.length).toBeGreaterThan(0);
  expect(elsewhere.every((host) => host === 's3.amazonaws.com')).toBe(true);
});
