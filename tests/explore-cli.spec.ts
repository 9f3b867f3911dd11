/**
 * `init` (src/cli/init.ts) and the exploration flags of `run`, through the built CLI: init on the bundled
 * reference skill writes a config and its notes, refuses to overwrite them, and `run` passes with that config.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { ConformanceConfig } from '../src/types/index.js';
import { cli, ROOT } from './helpers/cli.js';
import { TWO_TURN } from './helpers/explore.js';

test('init on the reference skill writes conformance.json and conformance.md; run passes with them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'asc-init-'));
  const written = await cli(['init', '--seed', '3'], { cwd: dir });
  expect(written.stderr).toBe('');
  expect(written.status).toBe(0);
  expect(written.stdout).toBe('wrote conformance.json (6 flows discovered) and conformance.md\n');
  const config = JSON.parse(readFileSync(join(dir, 'conformance.json'), 'utf8')) as ConformanceConfig;
  expect(config.locales).toEqual(['en-US']);
  expect(Object.keys(config.actions ?? {}).sort()).toEqual(['AddToList', 'AddToShoppingCart', 'BuyShoppingProducts', 'RecommendShoppingProducts']);
  expect(config.actions?.AddToShoppingCart?.steps).toEqual([{ intent: 'AddToCartIntent' }, { intent: 'AMAZON.YesIntent' }]);
  expect(config.isp?.offer?.steps).toEqual([{ intent: 'BuyProductIntent' }]);
  expect(config.isp?.premium).toEqual([{ steps: [{ intent: 'PremiumTipIntent' }] }]);
  const notes = readFileSync(join(dir, 'conformance.md'), 'utf8');
  for (const key of ['locales', 'interactionModel', 'actions.AddToShoppingCart', 'isp.offer', 'isp.premium[0]', 'isp.list']) expect(notes).toContain(`\`${key}\``);

  const run = await cli(['run', '--config', 'conformance.json', '--seed', '2', '--runs', '3', '--report', join(dir, 'report')], { cwd: dir });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toContain('verdict: PASS');
  const report = JSON.parse(readFileSync(join(dir, 'report', 'report.json'), 'utf8')) as { notes?: string[] };
  // The config gives steps now: the run uses them and explores nothing.
  expect((report.notes ?? []).some((n) => n.includes('discovered'))).toBe(false);
});

test('init keeps an existing config or notes file unless --force', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'asc-init-'));
  const args = ['init', '--handler', TWO_TURN.handler, '--interaction-model', join(TWO_TURN.dir, 'skill-package/interactionModels/custom/en-US.json'), '--config', 'tea.json'];
  writeFileSync(join(dir, 'tea.md'), 'my notes\n');
  const refused = await cli(args, { cwd: dir });
  expect(refused.status).toBe(2);
  expect(refused.stderr).toBe('alexa-shopping-conformance: tea.md exists; give --force to overwrite it\n');
  expect(existsSync(join(dir, 'tea.json'))).toBe(false);
  const forced = await cli([...args, '--force'], { cwd: dir });
  expect(forced.status, forced.stderr).toBe(0);
  const config = JSON.parse(readFileSync(join(dir, 'tea.json'), 'utf8')) as ConformanceConfig;
  expect(config.actions).toEqual({ AddToShoppingCart: { steps: [{ intent: 'OrderTeaIntent' }, { intent: 'AMAZON.YesIntent' }] } });
  expect(readFileSync(join(dir, 'tea.md'), 'utf8')).toContain('`actions.BuyShoppingProducts`: not found in');
});

test('bad exploration input is one line and exit 2', async () => {
  const noModel = await cli(['init', '--handler', TWO_TURN.handler], { cwd: mkdtempSync(join(tmpdir(), 'asc-init-')) });
  expect(noModel.status).toBe(2);
  expect(noModel.stderr).toMatch(/^alexa-shopping-conformance: init needs --interaction-model [^\n]+\n$/);
  const runs = await cli(['run', '--explore-runs', '-1']);
  expect(runs.status).toBe(2);
  expect(runs.stderr).toMatch(/^alexa-shopping-conformance: option --explore-runs wants an integer from 0 to 100000, not "-1"\n$/);
  const depth = await cli(['run', '--explore-depth', '0']);
  expect(depth.status).toBe(2);
  expect(depth.stderr).toMatch(/^alexa-shopping-conformance: option --explore-depth wants an integer from 1 to 20, not "0"\n$/);
});

test("init --catalog explores with the skill's own products and writes isp.catalog; without it, the notes say why an offer may be missed", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'asc-init-'));
  writeFileSync(join(dir, 'products.json'), readFileSync(join(ROOT, 'fixtures', 'skills', 'reference', 'catalog.json')));
  const written = await cli(['init', '--seed', '3', '--catalog', 'products.json', '--config', join('out', 'conformance.json')], { cwd: dir });
  expect(written.status, written.stderr).toBe(0);
  const config = JSON.parse(readFileSync(join(dir, 'out', 'conformance.json'), 'utf8')) as ConformanceConfig;
  expect(config.isp?.catalog, 'relative to the written config').toBe(join('..', 'products.json'));
  expect(config.isp?.offer?.steps).toEqual([{ intent: 'BuyProductIntent' }]);
  expect(readFileSync(join(dir, 'out', 'conformance.md'), 'utf8')).not.toContain('sample products');

  const other = mkdtempSync(join(tmpdir(), 'asc-init-'));
  const bare = await cli(['init', '--handler', TWO_TURN.handler, '--interaction-model', join(TWO_TURN.dir, 'skill-package/interactionModels/custom/en-US.json')], { cwd: other });
  expect(bare.status, bare.stderr).toBe(0);
  expect(readFileSync(join(other, 'conformance.md'), 'utf8')).toMatch(/`isp\.offer`: not found in \d+ paths; the product service served the page's sample products.*init --catalog/);
});
