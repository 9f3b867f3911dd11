/** The session-ended family sends SessionEndedRequests as Alexa does: an error object only with reason ERROR. */
import { expect, test } from '@playwright/test';
import { withRun } from '../src/run/context.js';
import { runFamily } from '../src/run/family-run.js';
import { resolveOptions } from '../src/run/options.js';
import { sessionEnded } from '../src/scenarios/families/session-ended.js';
import { openTarget } from '../src/targets/resolve.js';
import { recording, type Envelope } from './helpers/recording.js';

test('no SessionEndedRequest carries an error unless its reason is ERROR', async () => {
  const options = resolveOptions({ seed: 11, runs: 200 });
  const target = await openTarget(options.target, options.cwd);
  const sent: Envelope[] = [];
  try {
    await withRun(options, (run) => runFamily(sessionEnded, { run, target: recording(target, (envelope) => sent.push(envelope)) }));
  } finally {
    await target.close();
  }
  const requests = sent.map((e) => e.request as { reason?: string; error?: unknown });
  expect(requests.length).toBeGreaterThan(100);
  expect(requests.filter((r) => r.error !== undefined && r.reason !== 'ERROR')).toEqual([]);
  expect(requests.some((r) => r.reason === 'ERROR' && r.error !== undefined), 'errors still go with ERROR').toBe(true);
});
