/**
 * A flow's steps stop where Alexa would send nothing more in the session: after a hand-over ("Connections.
 * StartConnection exits the current skill session") or an ended session, the config's later steps are not sent.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runConformance } from '../src/run/conformance.js';
import { ROOT } from './helpers/cli.js';

const MODEL = join(ROOT, 'fixtures', 'skills', 'reference', 'skill-package', 'interactionModels', 'custom', 'en-US.json');
const buy = (...intents: string[]) => ({ interactionModel: MODEL, actions: { BuyShoppingProducts: { steps: intents.map((intent) => ({ intent })) } } });

test('a skill that hands over before the configured last step is judged on that hand-over, and nothing follows it', async () => {
  test.setTimeout(120_000);
  // The reference hands over at BuyIntent; a config written for a version that asked first has a confirmation after it.
  const report = await runConformance({ config: buy('BuyIntent', 'AMAZON.YesIntent'), seed: 3, runs: 5, only: ['SHOP-HANDOVER'] });
  const row = report.requirements.find((r) => r.id === 'SHOP-HANDOVER');
  expect(row?.status).toBe('pass');
  expect(report.summary.probes, 'each case sent its BuyIntent alone').toBe(row?.probes);
});

test('a session the skill ends before its hand-over fails SHOP-HANDOVER saying where it stopped', async () => {
  test.setTimeout(120_000);
  const report = await runConformance({ config: buy('AMAZON.StopIntent', 'BuyIntent'), seed: 3, runs: 5, only: ['SHOP-HANDOVER'] });
  const row = report.requirements.find((r) => r.id === 'SHOP-HANDOVER');
  expect(row?.status).toBe('fail');
  expect(row?.violations[0]?.message).toMatch(
    /^the configured steps for BuyShoppingProducts stopped at step 1 of 2 \(shouldEndSession true: Alexa sends nothing more in that session\) without its StartConnection/,
  );
  expect(report.summary.probes, 'the BuyIntent after the ended session was never sent').toBe(row?.probes);
});
