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
import type { Exchange } from '../src/targets/exchange.js';
import { recording, type Envelope } from './helpers/recording.js';

/** Every request the isp family sends the reference skill in a run of `seed`, and what came back. */
async function exchanged(seed: number): Promise<{ envelope: Envelope; exchange: Exchange }[]> {
  const options = resolveOptions({ seed, runs: 30 });
  const target = await openTarget(options.target, options.cwd);
  const sentAll: { envelope: Envelope; exchange: Promise<Exchange> }[] = [];
  try {
    await withRun(options, (run) => runFamily(isp, { run, target: recording(target, (envelope, exchange) => sentAll.push({ envelope, exchange })) }));
    return await Promise.all(sentAll.map(async ({ envelope, exchange }) => ({ envelope, exchange: await exchange })));
  } finally {
    await target.close();
  }
}

const sent = async (seed: number): Promise<Envelope[]> => (await exchanged(seed)).map((e) => e.envelope);

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

test('a Connections.Response follows the purchase request the skill issued in its session, named as it and carrying its token', async () => {
  const all = await exchanged(5);
  const issued = new Map<string, { name: unknown; token: unknown }>();
  const names: unknown[] = [];
  for (const { envelope, exchange } of all) {
    const request = envelope.request as { type: string; name?: unknown; token?: unknown };
    const session = envelope.session?.sessionId ?? '';
    if (request.type === 'Connections.Response') {
      expect(issued.get(session), 'a purchase request was issued in this session').toEqual({ name: request.name, token: request.token });
      names.push(request.name);
    }
    const body = exchange.body as { response?: { directives?: { type?: string; name?: unknown; token?: unknown }[] } } | undefined;
    const sendRequest = body?.response?.directives?.find((d) => d.type === 'Connections.SendRequest');
    if (sendRequest) issued.set(session, { name: sendRequest.name, token: sendRequest.token });
  }
  expect(new Set(names)).toEqual(new Set(['Buy', 'Upsell']));
});
