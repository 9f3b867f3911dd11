import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { validate } from '../src/schema/ajv.js';
import type { ConformanceReport } from '../src/types/index.js';
import { cli, ROOT, type CliResult } from './helpers/cli.js';

/**
 * One run of a skill whose failures carry hostile speech and secrets (tests/fixtures/report-skill.mjs),
 * unsharded and in two shards merged, then report.html in Debian's chromium. npm test installs chromium (scripts/ensure-chromium.sh);
 * Playwright never downloads a browser here.
 */
const CHROMIUM = '/usr/bin/chromium';
const SKILL = join(ROOT, 'tests', 'fixtures', 'report-skill.mjs');
const SECRET = 'hunter2-sesame-0451';
/** The suite's access tokens are `asc.` and a base-36 stamp: none may reach any output. */
const TOKEN = /\basc\.[0-9a-z]{8,}/;
const ARGS = ['--runs', '3', '--seed', '3', '--only', 'SESSION-ENDED-SILENT,RESUME-DISTINGUISHES-RESULT'];

// Generous: three runs and a merge, on CI machines that run other tests beside them.
test.describe.configure({ mode: 'serial', timeout: 600_000 });

let dir: string;
let unsharded: CliResult;
let merged: CliResult;
let browser: Browser;

const report = (name: string): ConformanceReport => JSON.parse(readFileSync(join(dir, name, 'report.json'), 'utf8')) as ConformanceReport;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (npm test installs it: scripts/ensure-chromium.sh)`);
  dir = mkdtempSync(join(tmpdir(), 'asc-report-'));
  const reference = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'skills', 'reference', 'conformance.json'), 'utf8')) as Record<string, unknown>;
  const config = join(dir, 'config.json');
  const model = join(ROOT, 'fixtures', 'skills', 'reference', 'skill-package', 'interactionModels', 'custom', 'en-US.json');
  // One action keeps the resume matrix (the run's bulk) to a quarter.
  const actions = { AddToList: (reference['actions'] as Record<string, unknown>)['AddToList'] };
  // The config moves to a temporary folder: its relative paths (the model, the catalog) are made absolute.
  const isp = { ...(reference['isp'] as Record<string, unknown>), catalog: join(ROOT, 'fixtures', 'skills', 'reference', 'catalog.json') };
  writeFileSync(config, JSON.stringify({ ...reference, actions, isp, interactionModel: model, secrets: [SECRET] }));
  const run = (name: string, extra: string[] = []): Promise<CliResult> =>
    cli(['run', '--handler', SKILL, '--config', config, ...ARGS, ...extra, '--report', join(dir, name)], { env: { GITHUB_STEP_SUMMARY: join(dir, `${name}-summary.md`) } });
  [unsharded] = await Promise.all([run('one'), run('shard-1', ['--shard', '1/2']), run('shard-2', ['--shard', '2/2'])]);
  mkdirSync(join(dir, 'blobs'));
  for (const i of [1, 2]) writeFileSync(join(dir, 'blobs', `shard-${i}.zip`), readFileSync(join(dir, `shard-${i}`, 'blob', `shard-${i}-of-2.zip`)));
  merged = await cli(['merge-reports', join(dir, 'blobs'), '--report', join(dir, 'merged')], { env: { GITHUB_STEP_SUMMARY: '' } });
  // A fresh temporary profile comes with every launch.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

test.afterAll(async () => {
  await browser?.close();
});

async function open(name: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(join(dir, name, 'report.html')).href);
  return { page, requests, errors };
}

test('the run fails on its MUST and writes every report, valid', () => {
  expect(unsharded.status, unsharded.stderr).toBe(1);
  expect(unsharded.stdout.trim().split('\n').at(-1)).toMatch(/^0 passed, 2 failed, \d+ skipped$/);
  const one = report('one');
  expect(validate('report', one)).toEqual([]);
  expect(one.requirements.filter((r) => r.status === 'fail').map((r) => r.id)).toEqual(['SESSION-ENDED-SILENT', 'RESUME-DISTINGUISHES-RESULT']);
  for (const file of ['report.json', 'report.md', 'report.html', 'junit.xml']) expect(existsSync(join(dir, 'one', file)), file).toBe(true);
});

test('report.html in chromium: the verdict, a failure opened to its replay command, a screenshot kept', async ({}, testInfo) => {
  const { page, requests, errors } = await open('one');
  await expect(page.locator('#verdict')).toHaveAttribute('data-verdict', 'fail');
  await expect(page.locator('#verdict h1')).toContainText('FAIL');
  const requirement = page.locator('#SESSION-ENDED-SILENT');
  await expect(requirement.locator('.badge').first()).toHaveText('fail');
  await expect(requirement).toContainText('MUST');
  await expect(requirement.locator('.source')).not.toBeEmpty();
  const failure = requirement.locator('details.violation').first();
  const replay = failure.locator('.block.cmd pre').first();
  await expect(replay).toBeHidden();
  await failure.locator('summary').click();
  await expect(replay).toBeVisible();
  await expect(replay).toContainText(/npx alexa-shopping-conformance run --handler \S+ --config \S+ --seed 3 --runs 3 --only SESSION-ENDED-SILENT --case session-ended:/);
  await expect(failure.locator('.evidence')).toContainText('seed');
  await expect(failure.locator('.block-head', { hasText: 'Response' }).locator('button.copy')).toBeVisible();
  const screenshot = testInfo.outputPath('report.png');
  await page.screenshot({ path: screenshot });
  await testInfo.attach('report.html, a failure opened', { path: screenshot, contentType: 'image/png' });
  expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('report.html shows a differential failure as two responses side by side', async () => {
  const { page } = await open('one');
  const failure = page.locator('#RESUME-DISTINGUISHES-RESULT details.violation').first();
  await failure.locator('summary').click();
  const [left, right] = await failure.locator('.pair').first().locator('.block').all();
  expect(left && right).toBeTruthy();
  await expect(right!.locator('.block-head')).toContainText('Compared with:');
  const a = await left!.boundingBox();
  const b = await right!.boundingBox();
  expect(a && b && Math.abs(a.y - b.y) < 2 && b.x > a.x + a.width - 1).toBe(true);
});

test('speech with an injected <script> is shown as text and never runs', async () => {
  const { page } = await open('one');
  await page.locator('#SESSION-ENDED-SILENT details.violation summary').first().click();
  await expect(page.locator('#SESSION-ENDED-SILENT .evidence').first()).toContainText('</script><script>window.__injected = true</script>');
  expect(await page.evaluate('window.__injected')).toBeUndefined();
  // Escaping alone keeps them out, whatever the Content-Security-Policy would have stopped.
  await expect(page.locator('script')).toHaveCount(1);
  await expect(page.locator('img, [onerror]')).toHaveCount(0);
});

test('the filters show failing requirements only, and MUST or SHOULD', async () => {
  const { page } = await open('one');
  const visible = (): Promise<string[]> => page.locator('.req:visible').evaluateAll((els) => els.map((e) => e.id));
  expect((await visible()).length).toBe(report('one').requirements.length);
  await page.getByLabel('Failing only').check();
  expect(await visible()).toEqual(['SESSION-ENDED-SILENT', 'RESUME-DISTINGUISHES-RESULT']);
  await page.getByLabel('SHOULD').uncheck();
  expect(await visible()).toEqual(['SESSION-ENDED-SILENT']);
  await page.getByLabel('MUST').uncheck();
  await page.getByLabel('SHOULD').check();
  expect(await visible()).toEqual(['RESUME-DISTINGUISHES-RESULT']);
  await expect(page.locator('#shown')).toHaveText(`1 of ${report('one').requirements.length} requirements shown`);
});

test('printed, report.html shows everything expanded and no buttons', async () => {
  const { page } = await open('one');
  await page.getByLabel('Failing only').check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.evidence').first()).toBeVisible();
  await expect(page.locator('#SHOP-LIST-TYPE')).toBeVisible();
  await expect(page.locator('.filters')).toBeHidden();
  expect(await page.locator('button:visible').count()).toBe(0);
});

test('no secret reaches any output: report.json, .md, .html, junit.xml, the step summary, stdout, stderr', () => {
  const outputs: [string, string][] = [
    ['stdout', unsharded.stdout],
    ['stderr', unsharded.stderr],
    ['merge stdout', merged.stdout],
    ...['one', 'merged'].flatMap((name) => readdirSync(join(dir, name)).filter((f) => /\.(json|md|html|xml)$/.test(f)).map((f): [string, string] => [`${name}/${f}`, readFileSync(join(dir, name, f), 'utf8')])),
    ['step summary', readFileSync(join(dir, 'one-summary.md'), 'utf8')],
  ];
  expect(outputs.length).toBeGreaterThan(8);
  for (const [name, text] of outputs) {
    expect(text, name).not.toContain(SECRET);
    expect(text, name).not.toMatch(TOKEN);
  }
  // The skill did say them: the report shows where, redacted.
  expect(readFileSync(join(dir, 'one', 'report.json'), 'utf8')).toContain('Key [redacted], token [redacted].');
});

test('report.md is appended to $GITHUB_STEP_SUMMARY, failures and replay commands first', () => {
  const md = readFileSync(join(dir, 'one', 'report.md'), 'utf8');
  expect(readFileSync(join(dir, 'one-summary.md'), 'utf8')).toBe(`${md}\n`);
  expect(md.split('\n')[0]).toBe('## ❌ FAIL: Alexa shopping conformance');
  expect(md).toContain('### ❌ SESSION-ENDED-SILENT (MUST)');
  expect(md).toMatch(/```sh\n {2}npx alexa-shopping-conformance run .* --only SESSION-ENDED-SILENT --case /);
});

test('the same failing run merged from two shards agrees with the unsharded one, evidence included', () => {
  expect(merged.status, merged.stderr).toBe(1);
  expect(merged.stdout.trim().split('\n').at(-1)).toBe(unsharded.stdout.trim().split('\n').at(-1));
  const one = report('one');
  const both = report('merged');
  expect(both.shard).toBeUndefined();
  expect(report('shard-1').shard).toEqual({ current: 1, total: 2 });
  const facts = (r: ConformanceReport): unknown =>
    r.requirements.map((q) => ({ id: q.id, status: q.status, probes: q.probes, count: q.violationCount ?? 0, note: q.note, violations: q.violations.map((v) => [v.scenario, v.message, v.case, v.replay]) }));
  expect(facts(both)).toEqual(facts(one));
  expect(both.summary).toEqual(one.summary);
});
