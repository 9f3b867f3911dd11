/**
 * The ISP defects over HTTP (the corpus test runs them, every family, in worker threads): each served by
 * serveHandler in this process, the suite probing it as an endpoint, nock refusing every host but loopback
 * so that a skill's call to a hard-coded Amazon host goes nowhere. Only the ISP family runs here: it is the
 * one whose judgement depends on the transport (calls reach the mock from the skill's own process, unseen
 * unless they arrive). Each defect must trip its id and nothing its alsoFires does not justify.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import nock from 'nock';
import type { Defect } from '../fixtures/skills/corpus.js';
import { serveHandler, type LambdaStyleHandler } from '../fixtures/skills/serve.js';
import { runConformance } from '../src/index.js';
import { requirementsOf } from '../src/requirements/registry.js';
import { packageRoot } from '../src/schema/paths.js';
import { REFERENCE_CONFIG } from '../src/targets/resolve.js';
import type { ConformanceConfig } from '../src/types/index.js';

const SOURCE = join(packageRoot(), 'fixtures', 'skills', 'defects');
const BUILT = join(packageRoot(), 'dist', 'fixtures', 'skills', 'defects');
const NAMES = readdirSync(SOURCE)
  .filter((f) => f.startsWith('isp-') && f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .sort();

test.beforeEach(() => {
  nock.disableNetConnect();
  nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
});
test.afterEach(() => {
  nock.enableNetConnect();
});

test('there is an ISP defect for each ISP requirement', async () => {
  const expects = new Set<string>();
  for (const name of NAMES) expects.add(((await import(pathToFileURL(join(BUILT, `${name}.js`)).href)) as { defect: Defect }).defect.expects);
  // Every ISP requirement the isp family judges (src/requirements/isp/), from the registry rather than a list kept here.
  expect([...expects].sort()).toEqual(requirementsOf('isp').filter((id) => id.startsWith('ISP-')).sort());
});

for (const name of NAMES) {
  test(`${name} over HTTP`, async () => {
    const module = (await import(pathToFileURL(join(BUILT, `${name}.js`)).href)) as { defect: Defect; handler: LambdaStyleHandler; config?: ConformanceConfig };
    const served = await serveHandler(module.handler);
    try {
      const report = await runConformance({ target: { endpoint: served.url }, config: module.config ?? REFERENCE_CONFIG(), seed: 7, runs: 10, families: ['isp'] });
      const failing = report.requirements.filter((r) => r.status === 'fail').map((r) => r.id);
      expect(failing, `${name} must fail ${module.defect.expects}`).toContain(module.defect.expects);
      expect(failing.filter((id) => id !== module.defect.expects).sort(), 'the other failing ids are the keys of alsoFires').toEqual(Object.keys(module.defect.alsoFires).sort());
    } finally {
      await served.close();
    }
  });
}
