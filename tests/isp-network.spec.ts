/**
 * No probe traffic leaves the machine: a skill in the handler target that calls a host other than the
 * loopback mock is blocked by nock before it connects, and the call is recorded as `blocked`.
 */
import net from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runConformance } from '../src/index.js';
import { packageRoot } from '../src/schema/paths.js';
import { REFERENCE_CONFIG } from '../src/targets/resolve.js';
import type { OutboundCall } from '../src/targets/exchange.js';
import { HandlerTarget } from '../src/targets/handler.js';
import { ROOT } from './helpers/cli.js';

const LEAKY = join(ROOT, 'tests', 'fixtures', 'leaky-skill.mjs');

/** An address of this machine that is not loopback: a connection to it would be real network traffic. */
const outsideAddress = (): string | undefined =>
  Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

const envelope = (url: string) => ({
  version: '1.0',
  context: { System: { apiEndpoint: 'http://127.0.0.1:9', apiAccessToken: 'token' } },
  request: { type: 'IntentRequest', requestId: 'r', timestamp: '2026-01-01T00:00:00Z', locale: 'en-US', intent: { name: 'LeakIntent', slots: { url: { name: 'url', value: url } } } },
});

test('a call to a non-loopback host is blocked and recorded, and never connects', async () => {
  const address = outsideAddress();
  test.skip(address === undefined, 'this machine has no non-loopback IPv4 address to set a trap on');
  let connections = 0;
  const trap = net.createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((listening) => trap.listen(0, '0.0.0.0', listening));
  const port = (trap.address() as net.AddressInfo).port;
  const target = HandlerTarget.fromSpec(`${LEAKY}#handler`);
  try {
    // The trap is reachable from here (a raw socket, which nock never sees): a leak would be counted.
    await new Promise<void>((connected, failed) => net.connect(port, address).on('connect', function (this: net.Socket) { this.destroy(); connected(); }).on('error', failed));
    await expect.poll(() => connections).toBe(1);
    const url = `http://${address}:${port}/v1/users/~current/skills/~current/inSkillProducts`;
    const exchange = await target.send(envelope(url), { timeoutMs: 5_000 });
    expect(JSON.stringify(exchange.body)).toContain('fetch failed, http failed');
    expect(exchange.outbound.filter((c) => c.blocked).map((c) => c.url)).toEqual([url, url]);
    await new Promise((settle) => setTimeout(settle, 200));
    expect(connections).toBe(1);
  } finally {
    await target.close();
    await new Promise((closed) => trap.close(closed));
  }
});

test('the hard-coded host defect is caught by ISP-ENDPOINT with the blocked call as evidence', async () => {
  const report = await runConformance({
    target: { handler: join(packageRoot(), 'dist', 'fixtures', 'skills', 'defects', 'isp-hardcoded-host.js') },
    config: REFERENCE_CONFIG(),
    seed: 3,
    runs: 3,
    families: ['isp'],
    only: ['ISP-ENDPOINT'],
  });
  const endpoint = report.requirements.find((r) => r.id === 'ISP-ENDPOINT');
  expect(endpoint?.status).toBe('fail');
  const blocked = (endpoint?.violations.flatMap((v) => v.outbound ?? []) as OutboundCall[]).filter((c) => c.blocked);
  expect(blocked.length).toBeGreaterThan(0);
  expect(blocked.every((c) => c.url.startsWith('https://api.amazonalexa.com/v1/users/~current/skills/~current/inSkillProducts'))).toBe(true);
});
