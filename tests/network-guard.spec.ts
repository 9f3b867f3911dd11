/**
 * The handler thread's network guard (src/targets/network-guard.ts): a connection off loopback fails before the
 * host is looked up, whatever opens it, and each HTTP call it refuses is told with its method, URL and headers.
 * The guard patches node:net for a whole thread, so it is tried in a worker thread of its own.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { expect, test } from '@playwright/test';
import type { OutboundCall } from '../src/targets/exchange.js';
import { ROOT } from './helpers/cli.js';

const GUARD = pathToFileURL(join(ROOT, 'dist', 'src', 'targets', 'network-guard.js')).href;

/** What the probe thread saw: each attempt's outcome, the calls the guard told, and the host names looked up. */
interface Seen {
  outcomes: Record<string, string>;
  calls: OutboundCall[];
  lookedUp: string[];
}

const PROBE = `
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { parentPort } from 'node:worker_threads';
const { guardNetwork } = await import(${JSON.stringify(GUARD)});
const calls = [];
guardNetwork(() => (call) => calls.push(call));
const lookedUp = [];
const lookup = dns.lookup;
dns.lookup = (host, ...rest) => { lookedUp.push(host); return lookup(host, ...rest); };
const settle = (start) => new Promise((done) => start(done));
const outcomes = {};
outcomes.https = await settle((done) => {
  const request = https.request('https://api.amazonalexa.com/v1/users/~current/skills/~current/inSkillProducts', { headers: { 'accept-language': 'en-US' } }, () => done('answered'));
  request.setHeader('authorization', 'Bearer the-token');
  request.on('error', (error) => done(error.code));
  request.end();
});
outcomes.fetch = await fetch('https://api.amazonpay.com/live/v2/deliveryTrackers', { method: 'POST', headers: { authorization: 'Bearer fetched' }, body: '{}' }).then(() => 'answered', (error) => error.cause?.code ?? error.message);
outcomes.socket = await settle((done) => net.connect(443, 'example.com').on('connect', () => done('connected')).on('error', (error) => done(error.code)));
const server = http.createServer((request, response) => response.end('ok'));
await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
outcomes.loopback = await fetch('http://localhost:' + server.address().port + '/').then((response) => response.text(), (error) => error.message);
server.close();
parentPort.postMessage({ outcomes, calls, lookedUp });
`;

test('a connection off loopback fails before its host is looked up, and each HTTP call refused is told whole', async () => {
  const script = test.info().outputPath('guard-probe.mjs');
  writeFileSync(script, PROBE);
  const worker = new Worker(script);
  const seen = await new Promise<Seen>((resolve, reject) => worker.once('message', resolve).once('error', reject));
  await worker.terminate();
  expect(seen.outcomes).toEqual({ https: 'ENETUNREACH', fetch: 'ENETUNREACH', socket: 'ENETUNREACH', loopback: 'ok' });
  // (The loopback server and client look up their own names.)
  expect(seen.lookedUp.filter((host) => !['localhost', '127.0.0.1'].includes(host)), 'no host off loopback was looked up').toEqual([]);
  // The raw socket is no HTTP call; the loopback one was let through; the two others are told with what they carried.
  expect(seen.calls.map((c) => [c.method, c.url, c.blocked])).toEqual([
    ['GET', 'https://api.amazonalexa.com/v1/users/~current/skills/~current/inSkillProducts', true],
    ['POST', 'https://api.amazonpay.com/live/v2/deliveryTrackers', true],
  ]);
  expect(seen.calls[0]?.headers).toMatchObject({ authorization: 'Bearer the-token', 'accept-language': 'en-US' });
  expect(seen.calls[1]?.headers).toMatchObject({ authorization: 'Bearer fetched' });
});
