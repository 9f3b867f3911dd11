/**
 * The isp family's requests are ones Alexa sends: every flow opens a new session with an id of its own, and a
 * consume case's new customer is the same account in the session and in the context, new in every run, so no
 * inventory a skill stores carries over from another case or an earlier run of the same seed.
 */
import { expect, test } from '@playwright/test';
import { withRun } from '../src/run/context.js';
import { runFamily } from '../src/run/family-run.js';
import { resolveOptions } from '../src/run/options.js';
import { isp } from '../src/scenarios/families/isp.js';
import { openTarget } from '../src/targets/resolve.js';
import { recording, type Envelope } from './helpers/recording.js';

/** Every request the isp family sends the reference skill in a run of `seed`. */
async function sent(seed: number): Promise<Envelope[]> {
  const options = resolveOptions({ seed, runs: 30 });
  const target = await openTarget(options.target, options.cwd);
  const envelopes: Envelope[] = [];
  try {
    await withRun(options, (run) => runFamily(isp, { run, target: recording(target, (envelope) => envelopes.push(envelope)) }));
    return envelopes;
  } finally {
    await target.close();
  }
}

test('every isp flow opens a session of its own, and each request names one customer in session and context', async () => {
  const envelopes = await sent(5);
  const opened = envelopes.filter((e) => e.session?.new).map((e) => e.session?.sessionId);
  expect(opened.length).toBeGreaterThan(50);
  expect(new Set(opened).size, 'a new session reuses no earlier session id').toBe(opened.length);
  const mismatched = envelopes.filter((e) => e.session && e.session.user.userId !== e.context.System.user.userId);
  expect(mismatched, 'session.user and context.System.user name the same account').toEqual([]);
});

test("a consume case's customer is new in every run of the same seed", async () => {
  const consumers = async (): Promise<Set<string>> =>
    new Set((await sent(5)).filter((e) => e.request.intent?.name === 'UseClassPassIntent').map((e) => e.context.System.user.userId));
  const [first, second] = [await consumers(), await consumers()];
  expect(first.size, 'consume cases ran').toBeGreaterThan(0);
  for (const id of first) expect(id).toMatch(/^amzn1\.ask\.account\.[A-Z0-9]+$/);
  expect([...first].filter((id) => second.has(id)), 'customers shared by two runs').toEqual([]);
});
