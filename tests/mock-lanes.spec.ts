/**
 * Lanes: with many probes in flight at once, each names a port of the mock APIs of its own as its apiEndpoint,
 * and every call arriving there while it is in flight is its, whatever token the call carries.
 */
import net from 'node:net';
import { expect, test } from '@playwright/test';
import { MockServer } from '../src/mocks/server.js';
import { echo, get, paths } from './helpers/mock-calls.js';
import { Prober } from '../src/scenarios/prober.js';
import { RequestIds } from '../src/scenarios/envelope.js';
import type { Exchange, SendOptions, Target } from '../src/targets/exchange.js';

async function withServer(work: (server: MockServer, url: string) => Promise<void>): Promise<void> {
  const server = new MockServer().use(echo);
  const url = await server.start();
  try {
    await work(server, url);
  } finally {
    await server.close();
  }
}

test("two probes in flight at once: a call with a wrong token is its lane's probe's, a call with a probe's own token is that probe's wherever it arrives", async () => {
  await withServer(async (server) => {
    const [right, wrong] = await Promise.all([server.lane('right'), server.lane('wrong')]);
    expect(right).not.toBe(wrong);
    // Interleaved: the wrong-token skill calls between the right one's calls; one call carries the right probe's token
    // to the wrong lane (an apiEndpoint kept from another request): it is the right probe's, judged there by its URL.
    await get(`${right}/r1`, 'right');
    await get(`${wrong}/w1`, 'not-a-token');
    await get(`${wrong}/w2`);
    await get(`${wrong}/w3`, 'right');
    await get(`${right}/r2`, 'right');
    expect(paths(server.take('wrong'))).toEqual(['/w1', '/w2']);
    expect(paths(server.take('right'))).toEqual(['/r1', '/w3', '/r2']);
    expect(server.late).toEqual([]);
  });
});

test("a call on a freed lane is late, not the next one's on it; one carrying the token of a probe in flight is that probe's", async () => {
  await withServer(async (server) => {
    const first = await server.lane('first');
    const other = await server.lane('other');
    expect(server.take('first')).toEqual([]);
    await get(`${first}/after-answer`);
    await get(`${first}/with-other-token`, 'other');
    expect(paths(server.take('other'))).toEqual(['/with-other-token']);
    expect(paths(server.late)).toEqual(['/after-answer']);
    // Reused, the lane is the new probe's; a retired token arriving there stays late.
    const next = await server.lane('next');
    expect([first, other]).toContain(next);
    await get(`${next}/late-again`, 'first');
    await get(`${next}/mine`);
    expect(paths(server.take('next'))).toEqual(['/mine']);
    expect(paths(server.late)).toEqual(['/after-answer', '/late-again']);
  });
});

test('many probes in flight never share a lane; the pool grows to the most in flight at once and no further', async () => {
  await withServer(async (server, url) => {
    const tokens = Array.from({ length: 24 }, (_, i) => `probe-${i}`);
    const lanes = await Promise.all(tokens.map((t) => server.lane(t)));
    expect(new Set(lanes).size).toBe(tokens.length);
    expect(lanes).not.toContain(url);
    await Promise.all(lanes.map((lane, i) => get(`${lane}/call-${i}`)));
    tokens.forEach((t, i) => expect(paths(server.take(t))).toEqual([`/call-${i}`]));
    for (let round = 0; round < 3; round++) {
      const again = await Promise.all(tokens.slice(0, 8).map((t) => server.lane(`${t}.${round}`)));
      expect(new Set(again).size).toBe(8);
      tokens.slice(0, 8).forEach((t) => server.take(`${t}.${round}`));
    }
    expect(server.laneCount).toBe(tokens.length);
  });
});

test('closing the server does not wait for the connections a skill keeps alive to its lanes', async () => {
  const server = new MockServer().use(echo);
  await server.start();
  const lane = new URL(await server.lane('kept'));
  // A skill's keep-alive connection: one request answered, the connection left open.
  const socket = net.connect(Number(lane.port), lane.hostname);
  const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  try {
    await new Promise<void>((resolve) => {
      socket.on('data', (chunk: Buffer) => chunk.toString().includes('"/a"') && resolve());
      socket.write('GET /a HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n');
    });
    expect(paths(server.take('kept'))).toEqual(['/a']);
    const started = performance.now();
    await server.close();
    await ended;
    // The server keeps a connection alive for 5 s; closing ends it rather than waiting it out.
    expect(performance.now() - started).toBeLessThan(4_000);
  } finally {
    socket.destroy();
  }
});

/**
 * A stub skill of concurrency 4: each request lists products at the apiEndpoint it was sent, after a while, with
 * the token the request names as `behaviour`: its own, none, or a wrong one.
 */
class CallingTarget implements Target {
  readonly kind = 'endpoint' as const;
  readonly location = 'stub';
  readonly concurrency = 4;
  inFlight = 0;
  most = 0;

  async send(envelope: unknown, _options: SendOptions): Promise<Exchange> {
    this.inFlight++;
    this.most = Math.max(this.most, this.inFlight);
    const system = (envelope as { context: { System: { apiEndpoint: string; apiAccessToken: string; behaviour: string } } }).context.System;
    const token = system.behaviour === 'own' ? system.apiAccessToken : system.behaviour === 'none' ? undefined : 'wrong-token';
    await new Promise((resolve) => setTimeout(resolve, 20));
    await get(`${system.apiEndpoint}/products/${system.apiAccessToken}`, token);
    this.inFlight--;
    return { request: envelope, status: 200, body: {}, bytes: 2, ms: 20, outbound: [] };
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

test('a prober with many probes in flight sends each naming its own lane and gets back exactly its calls', async () => {
  await withServer(async (server, url) => {
    const target = new CallingTarget();
    const prober = new Prober(target, { timeoutMs: 1000, ids: new RequestIds(), mocks: server });
    const behaviours = ['own', 'none', 'wrong'];
    const envelopes = Array.from({ length: 12 }, (_, i) => ({
      version: '1.0',
      context: { System: { apiAccessToken: `token-${i}`, apiEndpoint: url, behaviour: behaviours[i % 3] } },
      request: { type: 'LaunchRequest' },
    }));
    const exchanges = await Promise.all(envelopes.map((e) => prober.send(e)));
    expect(target.most).toBe(4);
    exchanges.forEach((exchange, i) => {
      expect(paths(exchange.outbound)).toEqual([`/products/token-${i}`]);
      const sent = (exchange.request as (typeof envelopes)[number]).context.System;
      expect(sent.apiEndpoint).not.toBe(url);
      expect(new URL(exchange.outbound[0]?.url ?? '').origin).toBe(sent.apiEndpoint);
      // The envelope the family built is left as it was; only the one sent names the lane.
      expect(envelopes[i]?.context.System.apiEndpoint).toBe(url);
      expect({ ...sent, apiEndpoint: url }).toEqual(envelopes[i]?.context.System);
    });
    expect(server.laneCount).toBe(4);
  });
});

test('two probers of one run (two families at once), each at its concurrency, never share a lane', async () => {
  await withServer(async (server, url) => {
    const envelopesOf = (family: string): unknown[] =>
      Array.from({ length: 10 }, (_, i) => ({ context: { System: { apiAccessToken: `${family}-${i}`, apiEndpoint: url, behaviour: i % 2 ? 'none' : 'own' } } }));
    const families = ['isp', 'launch'].map((family) => ({ family, prober: new Prober(new CallingTarget(), { timeoutMs: 1000, ids: new RequestIds(), mocks: server }) }));
    const sent = await Promise.all(families.map(({ family, prober }) => Promise.all(envelopesOf(family).map((e) => prober.send(e)))));
    sent.forEach((exchanges, f) =>
      exchanges.forEach((exchange, i) => expect(paths(exchange.outbound)).toEqual([`/products/${families[f]?.family ?? ''}-${i}`])),
    );
    expect(server.laneCount).toBe(8);
  });
});

test("an envelope naming some other apiEndpoint is sent as it is, its calls filed by token on the run's port", async () => {
  await withServer(async (server, url) => {
    const target = new CallingTarget();
    const prober = new Prober(target, { timeoutMs: 1000, ids: new RequestIds(), mocks: server });
    const envelope = { context: { System: { apiAccessToken: 'mine', apiEndpoint: `${url}/elsewhere`, behaviour: 'own' } } };
    const exchange = await prober.send(envelope);
    expect(exchange.request).toBe(envelope);
    expect(paths(exchange.outbound)).toEqual(['/elsewhere/products/mine']);
    expect(server.laneCount).toBe(0);
  });
});

test('a probe whose target throws frees its lane', async () => {
  await withServer(async (server, url) => {
    const failing: Target = { ...new CallingTarget(), concurrency: 1, send: () => Promise.reject(new Error('the target broke')), close: () => Promise.resolve() };
    const prober = new Prober(failing, { timeoutMs: 1000, ids: new RequestIds(), mocks: server });
    const envelope = (token: string): unknown => ({ context: { System: { apiAccessToken: token, apiEndpoint: url } } });
    await expect(prober.send(envelope('first'))).rejects.toThrow('the target broke');
    await expect(prober.send(envelope('second'))).rejects.toThrow('the target broke');
    expect(server.laneCount).toBe(1);
  });
});
