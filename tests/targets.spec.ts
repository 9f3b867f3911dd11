import { spawnSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runConformance } from '../src/run/conformance.js';
import { EndpointTarget } from '../src/targets/endpoint.js';
import { HandlerTarget } from '../src/targets/handler.js';
import { ROOT } from './helpers/cli.js';

const HANDLERS = join(ROOT, 'tests', 'fixtures', 'handlers.mjs');
const LAUNCH = { version: '1.0', context: { System: {} }, request: { type: 'LaunchRequest', requestId: 'r', timestamp: '2026-01-01T00:00:00Z', locale: 'en-US' } };

/** A misbehaving handler is a finding in its Exchange, never a crashed or hung suite. */
const handlerCases: { name: string; exportName: string; finding: RegExp; timedOut?: boolean }[] = [
  { name: 'hangs', exportName: 'hangs', finding: /no answer within 300 ms/, timedOut: true },
  { name: 'loops forever', exportName: 'loops', finding: /no answer within 300 ms/, timedOut: true },
  { name: 'throws', exportName: 'throws', finding: /the handler rejected: Error: boom/ },
  { name: 'throws asynchronously', exportName: 'throwsLater', finding: /crashed its process: Error: late boom/ },
  { name: 'answers undefined', exportName: 'undefinedAnswer', finding: /the handler answered undefined/ },
  { name: 'calls back an error', exportName: 'callsBackError', finding: /called back with an error: Error: callback boom/ },
];

for (const c of handlerCases) {
  test(`a handler that ${c.name} is a finding, and the next request still gets an answer`, async () => {
    const target = HandlerTarget.fromSpec(`${HANDLERS}#${c.exportName}`);
    try {
      const first = await target.send(LAUNCH, { timeoutMs: 300 });
      expect(first.error).toMatch(c.finding);
      expect(first.timedOut ?? false).toBe(c.timedOut ?? false);
      const second = await target.send(LAUNCH, { timeoutMs: 300 });
      expect(second.error).toMatch(c.finding);
    } finally {
      await target.close();
    }
  });
}

test('a callback-style handler and a CommonJS handler answer like a promise one', async () => {
  for (const spec of [`${HANDLERS}#callback`, join(ROOT, 'tests', 'fixtures', 'handlers.cjs')]) {
    const target = HandlerTarget.fromSpec(spec);
    try {
      const exchange = await target.send(LAUNCH, { timeoutMs: 2000 });
      expect(exchange.status, spec).toBe(200);
      expect(exchange.error, spec).toBeUndefined();
      expect((exchange.body as { version?: string }).version).toBe('1.0');
    } finally {
      await target.close();
    }
  }
});

test('a handler answering 5 MB is measured, not choked on', async () => {
  const target = HandlerTarget.fromSpec(`${HANDLERS}#huge`);
  try {
    const exchange = await target.send(LAUNCH, { timeoutMs: 5000 });
    expect(exchange.bytes).toBeGreaterThan(5 * 1024 * 1024);
  } finally {
    await target.close();
  }
});

/** An endpoint that misbehaves: each answer style becomes a finding. */
function serve(answer: (res: http.ServerResponse, body: string) => void): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => answer(res, body));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        close: () => {
          server.closeAllConnections();
          return new Promise((r) => server.close(() => r()));
        },
      }),
    ),
  );
}

const endpointCases: {
  name: string;
  answer: (res: http.ServerResponse) => void;
  check: (e: Awaited<ReturnType<EndpointTarget['send']>>) => void;
  /** The answer limit: short where the case waits it out, long where a loaded machine needs time to send. */
  timeoutMs?: number;
}[] = [
  {
    name: 'answers HTML',
    answer: (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Hello</body></html>'),
    check: (e) => {
      expect(e.error).toMatch(/not JSON/);
      expect(e.raw).toContain('<html>');
    },
  },
  { name: 'answers 500', answer: (res) => res.writeHead(500).end('{"error":"boom"}'), check: (e) => expect(e.status).toBe(500) },
  {
    name: 'answers 5 MB',
    answer: (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ version: '1.0', response: {}, pad: 'x'.repeat(5 * 1024 * 1024) })),
    check: (e) => {
      expect(e.error).toMatch(/larger than 1048576 bytes/);
      expect(e.bytes).toBeGreaterThan(1024 * 1024);
    },
    timeoutMs: 10_000,
  },
  { name: 'hangs', answer: () => undefined, check: (e) => expect(e.timedOut).toBe(true) },
  { name: 'drops the connection', answer: (res) => res.socket?.destroy(), check: (e) => expect(e.error).toMatch(/closed the connection|socket hang up/) },
];

interface Queued {
  waited?: number;
  arrived: string[];
  answers: { ms: number; timedOut: boolean; notSent: boolean; error?: string; body?: unknown }[];
}

/** Runs tests/fixtures/queued-requests.mjs in a process of its own (no nock there) and reads what it saw. */
function queued(mode: 'slow' | 'held'): Queued {
  const child = spawnSync(process.execPath, [join(ROOT, 'tests', 'fixtures', 'queued-requests.mjs'), mode], { encoding: 'utf8', timeout: 30_000 });
  if (child.status !== 0) throw new Error(`queued-requests.mjs ${mode} exited ${child.status}: ${child.stderr}`);
  return JSON.parse(child.stdout) as Queued;
}

test('a request queued behind slow answers is timed from when it has a connection, not charged for the queue', () => {
  // One connection: the help request waits behind two launches, each answered within the limit after 300 ms.
  const { waited = 0, arrived, answers } = queued('slow');
  expect(answers.map((e) => e.error ?? e.body)).toEqual(Array(3).fill({ version: '1.0', response: {} }));
  expect(arrived, 'the endpoint saw the help request after both launches').toEqual(['launch', 'launch', 'help']);
  expect(waited).toBeGreaterThanOrEqual(590);
  // Its own time leaves out the queue, however slow the machine.
  expect(answers[2]?.ms).toBeLessThan(waited - 500);
});

test('a request queued behind an endpoint that holds every connection is not sent, and its wait ends', () => {
  // The launch holds the one connection for its 3 s limit; the help request's own limit of 200 ms lets it wait 400 ms.
  const { arrived, answers } = queued('held');
  expect(answers[0]?.timedOut).toBe(true);
  expect(answers[1]?.notSent).toBe(true);
  expect(answers[1]?.error).toBe('never sent: every connection to the endpoint stayed busy for 400 ms');
  expect(arrived).toEqual(['launch']);
});

for (const c of endpointCases) {
  test(`an endpoint that ${c.name} is a finding`, async () => {
    const server = await serve(c.answer);
    const target = new EndpointTarget(server.url, 2);
    try {
      c.check(await target.send(LAUNCH, { timeoutMs: c.timeoutMs ?? 500 }));
    } finally {
      await target.close();
      await server.close();
    }
  });
}

test('a hanging handler costs the timeout once per family, and the report says why the rest was not judged', async () => {
  test.setTimeout(60_000);
  const report = await runConformance({ target: { handler: `${HANDLERS}#hangs` }, seed: 3, runs: 5, timeoutMs: 200 });
  const byId = new Map(report.requirements.map((r) => [r.id, r]));
  expect(byId.get('RSP-TIME')?.status).toBe('fail');
  expect(byId.get('RSP-TIME')?.violations[0]?.shrunk).toBeUndefined();
  // The LaunchRequest was sent and timed out: a failure with that request as evidence, not "not applicable".
  expect(byId.get('LAUNCH-RESPONDS')?.status).toBe('fail');
  expect(byId.get('LAUNCH-RESPONDS')?.violations[0]?.message).toMatch(/no answer within the timeout/);
  // The variant after the hung original was never sent: that one is not applicable, and says why.
  expect(byId.get('ROBUST-UNKNOWN-FIELDS')?.status).toBe('not-applicable');
  expect(byId.get('ROBUST-UNKNOWN-FIELDS')?.note).toMatch(/stopped answering/);
  // Each family that ran (launch, consent, exception, refund, session-ended, robust; all at once) stops at its
  // first hang, with the probes it had in flight then: at most as many as the target takes at once.
  const inFlight = HandlerTarget.fromSpec(`${HANDLERS}#hangs`).concurrency;
  expect(report.summary.probes).toBeLessThanOrEqual(6 * inFlight);
  expect(report.durationMs).toBeLessThan(30_000);
});
