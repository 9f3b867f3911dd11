/**
 * Slow answers and identifier kinds, end to end through the client engine: a client that waits out slow
 * answers fails nothing, whichever identifier kind it names items by; the impatient ones are the corpus's.
 */
import { expect, test } from '@playwright/test';
import { runClientConformance } from '../src/client/run.js';
import { CLIENT_CORPUS_RUN, failingIds } from '../fixtures/clients/corpus.js';
import { referenceClient } from '../fixtures/clients/reference.js';

for (const kind of ['SKU', 'ID', 'ExternalId']) {
  test(`a client naming items by ${kind} in the preview and the order fails nothing`, async () => {
    const adapter = referenceClient({ itemId: (sku) => ({ [kind]: sku }) });
    const { report, cases } = await runClientConformance({ adapter, location: `reference-${kind}`, seed: 3, runs: 2, slowMs: CLIENT_CORPUS_RUN.slowMs });
    expect(failingIds(report)).toEqual([]);
    const sent = cases.flatMap((c) => c.bwpCalls.flatMap((call) => call.operations.filter((o) => o.field === 'createOrder' && o.ok)));
    expect(sent.length).toBeGreaterThan(3);
    expect(JSON.stringify(sent.map((o) => o.args))).toContain(`"itemId":{"${kind}":`);
    const charges = report.requirements.find((r) => r.id === 'BWP-LINE-CHARGES')!;
    expect(charges.status).toBe('pass');
    expect(charges.probes).toBeGreaterThan(0);
  });
}

test('slow answers reach the client: it waits, and each slow family judged its case', async () => {
  const { report, cases } = await runClientConformance({ adapter: referenceClient(), location: 'reference', seed: 5, runs: 4, slowMs: CLIENT_CORPUS_RUN.slowMs });
  expect(failingIds(report)).toEqual([]);
  for (const family of ['pay/slow', 'bwp/slow-order', 'bwp/slow-start']) {
    const slow = cases.filter((c) => c.family === family);
    expect(slow.length, family).toBeGreaterThan(0);
    expect(slow.length, `${family} keeps runs short`).toBeLessThanOrEqual(2);
    const calls = [...slow.flatMap((c) => c.payCalls), ...slow.flatMap((c) => c.bwpCalls)];
    expect(calls.some((c) => c.fault === 'slow'), family).toBe(true);
    expect(slow.flatMap((c) => c.steps).every((s) => s.outcome.resolved && s.effect), family).toBe(true);
    expect(slow.flatMap((c) => c.steps).some((s) => s.outcome.ms >= CLIENT_CORPUS_RUN.slowMs), `${family} waited`).toBe(true);
  }
  expect(report.requirements.find((r) => r.id === 'BWP-ORDER-ONCE')?.status).toBe('pass');
});
