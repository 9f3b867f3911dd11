/**
 * The client defect corpus, as data: the reference client fails nothing, and each defective client in
 * fixtures/clients/defects/ fails exactly the requirement it names plus the ones its `alsoFires` justifies.
 */
import { expect, test } from '@playwright/test';
import { CLIENT_CHECKS } from '../src/client/checks/registry.js';
import { loadAdapter } from '../src/client/load.js';
import { runClientConformance } from '../src/client/run.js';
import { isClientRequirement, requirements } from '../src/schema/catalog.js';
import { validate } from '../src/schema/ajv.js';
import { CLIENT_CORPUS_RUN, clientDefectNames, failingIds, loadClientDefect, REFERENCE_CLIENT, runClient, type LoadedClientDefect } from '../fixtures/clients/corpus.js';

const names = clientDefectNames();
type Loaded = { name: string; entry?: LoadedClientDefect; error?: string };
const loaded = await Promise.all(
  names.map((name) =>
    loadClientDefect(name).then(
      (entry): Loaded => ({ name, entry }),
      (error: unknown): Loaded => ({ name, error: error instanceof Error ? error.message : String(error) }),
    ),
  ),
);
const corpus = loaded.flatMap((l) => (l.entry ? [l.entry] : []));
const clientIds = requirements().map((r) => r.id).filter(isClientRequirement);

test.describe('client corpus meta', () => {
  test('every defect file loads and states expects, title and alsoFires', () => {
    expect(loaded.filter((l) => l.error).map((l) => l.error)).toEqual([]);
  });

  test('every defect names PAY-* or BWP-* requirements of the catalog', () => {
    const unknown = corpus.flatMap(({ name, defect }) => [defect.expects, ...Object.keys(defect.alsoFires)].filter((id) => !clientIds.includes(id)).map((id) => `${name}: ${id}`));
    expect(unknown).toEqual([]);
  });

  test('every PAY-* and BWP-* requirement has a defect and a check, and every check a requirement', () => {
    const covered = new Set(corpus.map(({ defect }) => defect.expects));
    expect(clientIds.filter((id) => !covered.has(id)), 'write a defect in fixtures/clients/defects/ for each').toEqual([]);
    expect(clientIds.filter((id) => !CLIENT_CHECKS.some((c) => c.id === id)), 'requirements without a check').toEqual([]);
    expect(CLIENT_CHECKS.map((c) => c.id).filter((id) => !clientIds.includes(id)), 'checks without a requirement').toEqual([]);
  });
});

test('the reference client fails nothing, judges every requirement, and reports in the run format', async () => {
  const report = await runClient(await loadAdapter(REFERENCE_CLIENT()), 'reference');
  expect(failingIds(report)).toEqual([]);
  expect(report.requirements.filter((r) => r.status !== 'pass').map((r) => r.id)).toEqual([]);
  expect(validate('report', report)).toEqual([]);
  expect(report.target.kind).toBe('client');
});

test('every answer the mocks gave the reference client is valid against schemas/pay and schemas/bwp', async () => {
  const { cases } = await runClientConformance({ adapter: await loadAdapter(REFERENCE_CLIENT()), location: 'reference', seed: 11, runs: 5, slowMs: CLIENT_CORPUS_RUN.slowMs });
  const pay = cases.flatMap((c) => c.payCalls);
  const bwp = cases.flatMap((c) => c.bwpCalls);
  expect(pay.length).toBeGreaterThan(10);
  expect(pay.flatMap((call) => validate(call.status === 200 ? 'pay/delivery-tracker-response' : 'pay/error', call.answer))).toEqual([]);
  const previews = bwp.flatMap((call) => call.operations.filter((o) => o.field === 'deliveryPreview' && o.ok).map((o) => o.result));
  expect(previews.length).toBeGreaterThan(10);
  expect(previews.flatMap((p) => validate('bwp/delivery-preview', p))).toEqual([]);
  const exceptions = bwp.flatMap((call) => ((call.answer as { errors?: { message: string; extensions?: { errorType?: string; code?: string } }[] }).errors ?? []).filter((e) => e.extensions?.errorType === 'ValidationException'));
  expect(exceptions.map((e) => e.extensions?.code).sort()).toEqual(expect.arrayContaining(['ItemOutOfStock', 'SelectedQuantityNotAvailable']));
  expect(exceptions.flatMap((e) => validate('bwp/validation-exception', { code: e.extensions?.code, message: e.message }))).toEqual([]);
});

test.describe('client defect', () => {
  for (const entry of corpus) {
    test(`${entry.name} trips ${entry.defect.expects}`, async () => {
      const failing = failingIds(await runClient(entry.adapter, entry.file));
      expect(failing, `${entry.name} must fail ${entry.defect.expects}`).toContain(entry.defect.expects);
      expect(failing.filter((id) => id !== entry.defect.expects).sort(), 'the other failing ids must be exactly the keys of alsoFires').toEqual(Object.keys(entry.defect.alsoFires).sort());
    });
  }
});
