import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { validate } from '../src/schema/ajv.js';
import type { ConformanceReport } from '../src/types/index.js';
import { cli, ROOT } from './helpers/cli.js';

const REFERENCE = join(ROOT, 'dist', 'fixtures', 'clients', 'reference.js');
const DEFECT = join(ROOT, 'dist', 'fixtures', 'clients', 'defects', 'bwp-sixth-alias.js');

test('client against the reference client exits 0 with the run formats, target kind client', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'asc-client-'));
  const result = await cli(['client', '--adapter', REFERENCE, '--runs', '3', '--seed', '5', '--report', dir]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^24 passed, 0 failed, 0 skipped$/);
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as ConformanceReport;
  expect(validate('report', report)).toEqual([]);
  expect(report.target).toEqual({ kind: 'client', location: REFERENCE });
  expect(report.seed).toBe(5);
  expect(report.summary.probes).toBeGreaterThan(50);
  expect(report.requirements.every((r) => /^(PAY|BWP)-/.test(r.id))).toBe(true);
  expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('PASS');
  expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('<html');
  expect(readFileSync(join(dir, 'junit.xml'), 'utf8')).toContain('<testsuites');
});

test('client against a defective client exits 1 and names the requirement, with a replay command', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'asc-client-'));
  const result = await cli(['client', '--adapter', DEFECT, '--runs', '2', '--seed', '9', '--report', dir]);
  expect(result.status).toBe(1);
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as ConformanceReport;
  const aliases = report.requirements.find((r) => r.id === 'BWP-ALIASES');
  expect(aliases?.status).toBe('fail');
  expect(aliases?.violations[0]?.replay).toBe(`npx alexa-shopping-conformance client --adapter ${DEFECT} --seed 9 --runs 2`);
  expect(aliases?.violations[0]?.message).toContain('AliasLimitExceeded');
});

test('an adapter with only Amazon Pay leaves the Buy with Prime requirements not applicable, with a note', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'asc-client-'));
  const file = join(dir, 'pay-only.mjs');
  writeFileSync(file, `import { adapter as reference } from ${JSON.stringify(REFERENCE)};\nexport const adapter = { createDeliveryTracker: reference.createDeliveryTracker };\n`);
  const result = await cli(['client', '--adapter', file, '--runs', '2', '--report', dir]);
  expect(result.status).toBe(0);
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as ConformanceReport;
  expect(report.requirements.filter((r) => r.id.startsWith('PAY-')).every((r) => r.status === 'pass')).toBe(true);
  expect(report.requirements.find((r) => r.id === 'BWP-SHOPPER')?.note).toBe('not run: the adapter has no previewDelivery and placeOrder');
});

/** Bad input: one line on stderr, exit 2, nothing run. */
const bad: { name: string; args: (dir: string) => string[]; says: RegExp }[] = [
  { name: 'no --adapter', args: () => [], says: /needs --adapter/ },
  { name: 'a missing adapter file', args: (dir) => ['--adapter', join(dir, 'nope.mjs')], says: /does not exist/ },
  { name: 'a module without the expected exports', args: (dir) => ['--adapter', write(dir, 'empty.mjs', 'export const x = 1;\n')], says: /exports no `adapter` object/ },
  { name: 'an adapter with none of the operations', args: (dir) => ['--adapter', write(dir, 'none.mjs', 'export const adapter = { ship() {} };\n')], says: /with none of createDeliveryTracker/ },
  { name: 'placeOrder without previewDelivery', args: (dir) => ['--adapter', write(dir, 'half.mjs', 'export const adapter = { placeOrder: async () => ({}) };\n')], says: /without the other/ },
  { name: 'a module that throws on load', args: (dir) => ['--adapter', write(dir, 'throws.mjs', 'throw new Error("boom");\n')], says: /cannot be loaded: boom/ },
  { name: 'a TypeScript adapter', args: (dir) => ['--adapter', write(dir, 'adapter.ts', 'export const adapter = {};\n')], says: /build it to JavaScript first/ },
  { name: 'an unknown option', args: () => ['--adapterr', 'x'], says: /unknown option --adapterr/ },
  { name: 'slow answers past half the time limit', args: () => ['--adapter', REFERENCE, '--timeout', '2000', '--slow-ms', '1500'], says: /--slow-ms wants an integer from 0 to 1000/ },
  { name: 'a time limit that is no number', args: () => ['--adapter', REFERENCE, '--timeout', 'soon'], says: /--timeout wants an integer/ },
];

function write(dir: string, name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

for (const { name, args, says } of bad) {
  test(`client with ${name} exits 2 in one line`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asc-client-bad-'));
    const result = await cli(['client', ...args(dir)]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(says);
    expect(result.stdout).toBe('');
  });
}
