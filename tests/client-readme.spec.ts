/**
 * The README's "Write an adapter" example is a complete adapter: taken from the README verbatim, loaded as a
 * team's module would be, it fails nothing and every PAY-* and BWP-* requirement judges it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadAdapter } from '../src/client/load.js';
import { runClientConformance } from '../src/client/run.js';
import { CLIENT_CORPUS_RUN, failingIds } from '../fixtures/clients/corpus.js';
import { ROOT } from './helpers/cli.js';

/** The first ```js block of the README's "Write an adapter" section. */
function readmeAdapter(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Write an adapter'));
  const block = /```js\n([\s\S]*?)```/.exec(section.slice(0, section.indexOf('\n### ', 1)));
  if (!block) throw new Error('README.md: no ```js block under "### Write an adapter"');
  return block[1]!;
}

test('the README example adapter, verbatim, fails nothing', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'asc-readme-')), 'conformance-adapter.mjs');
  writeFileSync(file, readmeAdapter());
  const adapter = await loadAdapter(file);
  expect(Object.keys(adapter).sort()).toEqual(['createDeliveryTracker', 'placeOrder', 'previewDelivery', 'setExecutionState']);
  const { report } = await runClientConformance({ adapter, location: file, seed: 21, runs: 3, slowMs: CLIENT_CORPUS_RUN.slowMs });
  expect(failingIds(report).map((id) => `${id}: ${report.requirements.find((r) => r.id === id)?.violations[0]?.message ?? ''}`)).toEqual([]);
  expect(report.requirements.filter((r) => r.status !== 'pass').map((r) => r.id)).toEqual([]);
});
