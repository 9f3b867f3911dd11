/** The consent family against the reference skill: what it probes, and what it leaves not-applicable, with the reason. */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runConformance } from '../src/run/conformance.js';
import { ROOT } from './helpers/cli.js';

const only = ['SHOP-CONSENT', 'SHOP-DECLINE'];

test('the reference hands over on no request without consent and answers a decline in words', async () => {
  test.setTimeout(120_000);
  const config = join(ROOT, 'fixtures', 'skills', 'reference', 'conformance.json');
  const report = await runConformance({ config, seed: 3, runs: 5, only });
  const row = (id: string) => report.requirements.find((r) => r.id === id);
  expect(row('SHOP-CONSENT')?.status).toBe('pass');
  // A LaunchRequest and five intents fresh, then the five intents after the cart's first step.
  expect(row('SHOP-CONSENT')?.probes).toBe(11);
  expect(row('SHOP-DECLINE')?.status).toBe('pass');
  // The cart's confirmation (AMAZON.YesIntent) is the one step declined.
  expect(row('SHOP-DECLINE')?.probes).toBe(1);
  expect(report.summary.probes).toBe(16);
});

test('without a confirmation step to decline, SHOP-DECLINE is not applicable and says why', async () => {
  test.setTimeout(120_000);
  const config = { actions: { BuyShoppingProducts: { steps: [{ intent: 'BuyIntent' }] } } };
  const report = await runConformance({ config, seed: 3, runs: 5, only });
  const decline = report.requirements.find((r) => r.id === 'SHOP-DECLINE');
  expect(decline?.status).toBe('not-applicable');
  expect(decline?.note).toContain('no configured action has an AMAZON.YesIntent step');
  expect(report.requirements.find((r) => r.id === 'SHOP-CONSENT')?.probes).toBe(6);
});
