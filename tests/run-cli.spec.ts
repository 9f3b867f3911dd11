import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { validate } from '../src/schema/ajv.js';
import type { ConformanceReport } from '../src/types/index.js';
import { cli, ROOT } from './helpers/cli.js';

const HANDLERS = join(ROOT, 'tests', 'fixtures', 'handlers.mjs');
const MODEL = join(ROOT, 'fixtures', 'skills', 'reference', 'skill-package', 'interactionModels', 'custom', 'en-US.json');
const cart = (step: Record<string, unknown>) => ({ actions: { AddToShoppingCart: { steps: [step] } } });

test('run against the reference skill exits 0 with a valid report and zero violations', async () => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'asc-run-'));
  const result = await cli(['run', '--runs', '5', '--seed', '7', '--report', dir]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^\d+ passed, 0 failed(, \d+ skipped)?$/);
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as ConformanceReport;
  expect(validate('report', report)).toEqual([]);
  expect(report.summary.verdict).toBe('pass');
  expect(report.seed).toBe(7);
  expect(report.requirements.filter((r) => r.status === 'fail').map((r) => r.id)).toEqual([]);
  expect(report.summary.probes).toBeGreaterThan(100);
  expect(report.notes, 'the reference config names its interaction model').toBeUndefined();
  expect(readFileSync(join(dir, 'junit.xml'), 'utf8')).toContain('<testsuites');
  expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('PASS');
});

test('run against a failing handler exits 1 and names the requirement', async () => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'asc-run-'));
  const result = await cli(['run', '--handler', `${HANDLERS}#throws`, '--runs', '3', '--seed', '1', '--only', 'RSP-HTTP', '--report', dir]);
  expect(result.status).toBe(1);
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as ConformanceReport;
  const http = report.requirements.find((r) => r.id === 'RSP-HTTP');
  expect(http?.status).toBe('fail');
  expect(http?.violations[0]?.replay).toContain('--only RSP-HTTP');
  expect(report.requirements.find((r) => r.id === 'SHOP-LIST-TYPE')?.note).toContain('--only');
  // No config, so no interaction model: the report says the slots went out bare.
  expect(report.notes).toEqual([expect.stringMatching(/^no interaction model: slot values were sent bare/)]);
  expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('> Note: no interaction model');
  expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('Note: no interaction model');
});

test('a run whose Playwright dies while the families probe ends with exit 2 and one line, not a hung process', async () => {
  // A process that never exits (its families went on probing and opened the closed skill again) fails by this timeout.
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'asc-dies-'));
  // The families start as soon as the skill is loaded; Playwright dies a second later, while they probe.
  const result = await cli(['run', '--seed', '1', '--report', dir], {
    env: { NODE_OPTIONS: `--require ${join(ROOT, 'tests', 'fixtures', 'playwright-dies.cjs')}`, PLAYWRIGHT_DIES_AFTER_MS: '1000' },
  });
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('Playwright died');
  expect(result.stderr).toContain('alexa-shopping-conformance: the run wrote no report (Playwright exited 1)');
  expect(result.stderr).not.toMatch(/\n\s+at /);
});

/** Bad input: one line on stderr, exit 2, no stack trace, before any probing. */
const badInputs: { name: string; args: (dir: string) => string[]; says: RegExp }[] = [
  { name: 'an unknown config key', args: (dir) => ['--config', writeConfig(dir, { locales: ['en-US'], refnud: {} })], says: /unknown key "refnud"/ },
  { name: 'an unknown nested config key', args: (dir) => ['--config', writeConfig(dir, { actions: { AddToList: { steps: [{ intent: 'X' }], step: [] } } })], says: /unknown key "actions\.AddToList\.step"/ },
  { name: 'a config that is not JSON', args: (dir) => ['--config', writeText(dir, '{ nope')], says: /is not JSON/ },
  { name: 'a config file that does not exist', args: (dir) => ['--config', join(dir, 'missing.json')], says: /cannot be read/ },
  { name: 'a URL that refuses connections', args: () => ['--endpoint', 'http://127.0.0.1:9/'], says: /refused the connection/ },
  { name: 'an endpoint that is not a URL', args: () => ['--endpoint', 'not a url'], says: /is not a URL/ },
  { name: 'a handler file that does not exist', args: (dir) => ['--handler', join(dir, 'nope.js')], says: /does not exist/ },
  { name: 'a handler export that is not a function', args: () => ['--handler', `${HANDLERS}#notAFunction`], says: /does not export a function named "notAFunction"/ },
  { name: 'a handler export that is missing', args: () => ['--handler', `${HANDLERS}#missing`], says: /does not export a function named "missing"/ },
  { name: 'both --handler and --endpoint', args: () => ['--handler', HANDLERS, '--endpoint', 'http://127.0.0.1:9/'], says: /not both/ },
  { name: 'an unknown option', args: () => ['--frobnicate'], says: /unknown option --frobnicate/ },
  { name: 'an --only that names no requirement', args: () => ['--only', 'SHOP-NOPE'], says: /--only SHOP-NOPE names no requirement/ },
  { name: 'a --runs that is not a number', args: () => ['--runs', 'many'], says: /--runs wants an integer/ },
  { name: 'an --interaction-model file that does not exist', args: (dir) => ['--interaction-model', join(dir, 'nope.json')], says: /interaction model .*nope\.json cannot be read/ },
  { name: 'an interaction model that is not JSON', args: (dir) => ['--interaction-model', writeText(dir, '{ "interactionModel": ')], says: /interaction model .* is not JSON/ },
  {
    name: 'an interaction model that is not a model (a skill manifest)',
    args: (dir) => ['--config', writeConfig(dir, { interactionModel: writeConfig(dir, { manifest: { publishingInformation: {} } }) })],
    says: /is not an ASK interaction model .*the file must have required property 'interactionModel'/,
  },
  {
    name: 'a step naming an intent the model lacks',
    args: (dir) => ['--config', writeConfig(dir, { interactionModel: MODEL, ...cart({ intent: 'AddToCartIntnt' }) })],
    says: /^alexa-shopping-conformance: actions\.AddToShoppingCart step 1 names intent "AddToCartIntnt", which the interaction model .*en-US\.json lacks \(nearest: AddToCartIntent\)$/,
  },
  {
    name: 'a step naming a slot its intent lacks',
    args: (dir) => ['--config', writeConfig(dir, { interactionModel: MODEL, ...cart({ intent: 'AddToCartIntent', slots: { itme: 'mat' } }) })],
    says: /actions\.AddToShoppingCart step 1 names slot "itme", which intent AddToCartIntent lacks in the interaction model .* \(nearest: item\)$/,
  },
  {
    name: 'an isp step naming an intent the model lacks (through --interaction-model)',
    args: (dir) => ['--config', writeConfig(dir, { isp: { list: { steps: [{ intent: 'WhatCanIBuy' }] } } }), '--interaction-model', MODEL],
    says: /isp\.list step 1 names intent "WhatCanIBuy", which the interaction model .* lacks \(nearest: WhatCanIBuyIntent\)/,
  },
  {
    name: 'a refund.intent the model lacks',
    args: (dir) => ['--config', writeConfig(dir, { interactionModel: MODEL, refund: { intent: 'RefundOrderIntent' } })],
    says: /refund\.intent names intent "RefundOrderIntent", which the interaction model .* lacks \(nearest: RefundIntent\)/,
  },
  {
    name: 'a configured locale without a model in the per-locale map',
    args: (dir) => ['--config', writeConfig(dir, { locales: ['en-US', 'de-DE'], interactionModel: { 'en-US': MODEL } })],
    says: /interactionModel gives no model for locale de-DE \(it maps en-US/,
  },
];

function writeConfig(dir: string, config: unknown): string {
  return writeText(dir, JSON.stringify(config));
}
function writeText(dir: string, text: string): string {
  const file = join(dir, `config-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, text);
  return file;
}

/** What an earlier run left in the report folder: none of it may outlive a run that stopped on bad input. */
const EARLIER = ['report.json', 'report.md', 'report.html', 'junit.xml'];

for (const bad of badInputs) {
  test(`run with ${bad.name} exits 2 with one line`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asc-bad-'));
    for (const name of EARLIER) writeFileSync(join(dir, name), 'an earlier run, which passed');
    const result = await cli(['run', ...bad.args(dir), '--report', dir]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(bad.says);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    // An option the parser refuses leaves the folder unknown; every other bad input is found after it is cleared.
    const left = EARLIER.filter((name) => existsSync(join(dir, name)));
    expect(left).toEqual(bad.name === 'an unknown option' ? EARLIER : []);
  });
}
