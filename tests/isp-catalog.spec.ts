/** The team's own catalog (config isp.catalog): read once per run, served to every request, bad files exit 2 in one line. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BadInput } from '../src/bad-input.js';
import { sampleCatalog } from '../src/mocks/isp/catalog.js';
import { runProductService } from '../src/mocks/isp/service.js';
import { PRODUCTS_PATH } from '../src/mocks/isp/paths.js';
import { runConformance } from '../src/index.js';
import { resolveOptions } from '../src/run/options.js';
import type { InSkillProduct, InSkillProductsResponse } from '../src/types/index.js';
import { cli, ROOT } from './helpers/cli.js';

const REFERENCE_CATALOG = join(ROOT, 'fixtures', 'skills', 'reference', 'catalog.json');
const LAUNCH_SKILL = `${join(ROOT, 'tests', 'fixtures', 'isp-launch-skill.mjs')}#handler`;

function configWith(dir: string, catalog: string | undefined, file = 'conformance.json'): string {
  const path = join(dir, file);
  writeFileSync(path, JSON.stringify({ isp: { premium: [{ steps: [{ intent: 'PremiumTipIntent' }] }], ...(catalog ? { catalog } : {}) } }));
  return path;
}

const bad: { name: string; write: (dir: string) => string; says: RegExp }[] = [
  { name: 'a catalog file that does not exist', write: () => 'missing.json', says: /isp\.catalog .*missing\.json cannot be read/ },
  { name: 'a catalog that is not JSON', write: (dir) => (writeFileSync(join(dir, 'c.json'), '[{'), 'c.json'), says: /isp\.catalog .*c\.json is not JSON/ },
  { name: 'a catalog that is not an array', write: (dir) => (writeFileSync(join(dir, 'c.json'), '{}'), 'c.json'), says: /is not a JSON array of in-skill products/ },
  {
    name: 'a product without a productId',
    write: (dir) => (writeFileSync(join(dir, 'c.json'), JSON.stringify(sampleCatalog().map(({ productId: _id, ...rest }) => rest))), 'c.json'),
    says: /isp\.catalog .*c\.json: product 0 .*productId/,
  },
  {
    name: 'a productId given twice',
    write: (dir) => (writeFileSync(join(dir, 'c.json'), JSON.stringify([sampleCatalog()[0], sampleCatalog()[0]])), 'c.json'),
    says: /appears twice/,
  },
];

for (const b of bad) {
  test(`${b.name}: the config error in one line, exit 2`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asc-catalog-'));
    const config = configWith(dir, b.write(dir));
    expect(() => resolveOptions({ config })).toThrow(BadInput);
    const result = await cli(['run', '--config', config, '--report', dir]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(b.says);
  });
}

test('the catalog is read relative to the config file, once, and its products are kept', () => {
  const dir = mkdtempSync(join(tmpdir(), 'asc-catalog-'));
  writeFileSync(join(dir, 'products.json'), JSON.stringify(sampleCatalog()));
  const resolved = resolveOptions({ config: configWith(dir, 'products.json'), cwd: tmpdir() });
  expect(resolved.ispCatalog?.map((p) => p.referenceName)).toEqual(sampleCatalog().map((p) => p.referenceName));
});

test('a request the ISP family registered nothing for is served the run\'s catalog', () => {
  const ours = [{ ...sampleCatalog()[0], productId: 'amzn1.adg.product.ours', referenceName: 'ours' } as InSkillProduct];
  const answer = runProductService(ours).answer(
    { method: 'GET', url: new URL(`http://127.0.0.1${PRODUCTS_PATH}`), headers: { authorization: 'Bearer probe-token', 'accept-language': 'en-US' } },
    { vouched: true },
  );
  expect((answer.body as InSkillProductsResponse).inSkillProducts.map((p) => p.productId)).toEqual(['amzn1.adg.product.ours']);
  const fallback = runProductService(undefined).answer(
    { method: 'GET', url: new URL(`http://127.0.0.1${PRODUCTS_PATH}`), headers: { authorization: 'Bearer probe-token', 'accept-language': 'en-US' } },
    { vouched: true },
  );
  expect((fallback.body as InSkillProductsResponse).inSkillProducts.map((p) => p.productId)).toEqual(sampleCatalog().map((p) => p.productId));
});

test('a launch request is served the team\'s catalog, and an upsell at launch is judged against it', async () => {
  test.setTimeout(120_000);
  const judged = async (config: object) => {
    const report = await runConformance({ target: { handler: LAUNCH_SKILL }, config, seed: 3, runs: 3, families: ['launch'], cwd: ROOT });
    return report.requirements.find((r) => r.id === 'ISP-OFFER-PURCHASABLE');
  };
  // With the team's catalog the skill finds its subscription by referenceName and upsells it: PURCHASABLE there.
  const served = await judged({ isp: { premium: [{ steps: [{ intent: 'PremiumTipIntent' }] }], catalog: REFERENCE_CATALOG } });
  expect(served?.status).toBe('pass');
  // Served the page's sample instead, it upsells the productId it was built with, which the service does not list.
  const sample = await judged({});
  expect(sample?.status).toBe('fail');
  expect(sample?.violations[0]?.message).toMatch(/amzn1\.adg\.product\.built-in-id.*does not list/);
});

test('a skill with four products that never follows nextToken is not flagged: the service truncated nothing', async () => {
  test.setTimeout(120_000);
  const report = await runConformance({
    target: { handler: `${join(ROOT, 'dist', 'fixtures', 'skills', 'defects', 'isp-paging-ignored.js')}#handler` },
    config: join(ROOT, 'fixtures', 'skills', 'reference', 'conformance.json'),
    seed: 7,
    runs: 10,
    families: ['isp'],
  });
  expect(report.requirements.find((r) => r.id === 'ISP-PAGINATION')?.status).toBe('not-applicable');
  expect(report.requirements.filter((r) => r.status === 'fail').map((r) => r.id)).toEqual([]);
});
