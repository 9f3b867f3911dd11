/**
 * `alexa-shopping-conformance mock-server`: the product service, Amazon Pay delivery trackers and Buy with Prime
 * on one loopback port, for a skill or a commerce client run by hand (or from another language's tests).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { expect, test } from '@playwright/test';
import { sampleCatalog } from '../src/mocks/isp/catalog.js';
import { PRODUCTS_PATH } from '../src/mocks/isp/paths.js';
import { validate } from '../src/schema/ajv.js';
import type { InSkillProductsResponse } from '../src/types/index.js';
import { BIN, cli, ROOT } from './helpers/cli.js';

/** Starts the verb, resolves to its URL (its first line on stdout), the exit status to come, and its stderr so far. */
async function start(args: string[] = []) {
  const child = spawn(process.execPath, [BIN, 'mock-server', ...args], { cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const lines = createInterface({ input: child.stdout });
  const printed: string[] = [];
  lines.on('line', (line) => printed.push(line));
  const url = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('close', () => reject(new Error(`mock-server exited: ${stderr}`)));
  });
  /** The printed line that matches, once it is printed. */
  const line = async (pattern: RegExp): Promise<string> => {
    for (let i = 0; i < 100; i++) {
      const found = printed.find((l) => pattern.test(l));
      if (found !== undefined) return found;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`mock-server printed no line matching ${pattern}: ${printed.join('\n')}`);
  };
  return { child, url, exited, stderr: () => stderr, printed, line };
}

const list = (url: string, query = '', token = 'any-token') =>
  fetch(`${url}${PRODUCTS_PATH}${query}`, { headers: { authorization: `Bearer ${token}`, 'accept-language': 'en-US' } });

test('serves the sample catalog to any bearer token, logs each call, and stops on SIGTERM', async () => {
  const server = await start();
  try {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const answer = await list(server.url, '?maxResults=2');
    expect(answer.status).toBe(200);
    const page = (await answer.json()) as InSkillProductsResponse;
    expect(validate('isp/in-skill-products-response', page)).toEqual([]);
    expect(page.inSkillProducts).toEqual(sampleCatalog().slice(0, 2));
    expect((await fetch(`${server.url}${PRODUCTS_PATH}`)).status).toBe(401);
  } finally {
    server.child.kill('SIGTERM');
  }
  expect(await server.exited).toBe(0);
  expect(server.stderr()).toContain(`GET ${PRODUCTS_PATH}?maxResults=2 200`);
  expect(server.stderr()).toContain(`GET ${PRODUCTS_PATH} 401`);
});

test('--catalog and --page-size serve a team\'s own products in pages; SIGINT stops it', async () => {
  const file = join(tmpdir(), `asc-catalog-${process.pid}.json`);
  const catalog = sampleCatalog().map((p, i) => ({ ...p, productId: `amzn1.adg.product.team-${i}` }));
  writeFileSync(file, JSON.stringify(catalog));
  const server = await start(['--catalog', file, '--page-size', '1']);
  try {
    const page = (await (await list(server.url)).json()) as InSkillProductsResponse;
    expect(page.inSkillProducts.map((p) => p.productId)).toEqual(['amzn1.adg.product.team-0']);
    expect(page.isTruncated).toBe(true);
  } finally {
    server.child.kill('SIGINT');
  }
  expect(await server.exited).toBe(0);
});

test('bad usage is one line and exit 2', async () => {
  const file = join(tmpdir(), `asc-bad-catalog-${process.pid}.json`);
  writeFileSync(file, JSON.stringify([{ productId: 'x' }]));
  const bad = [['--port', 'x'], ['--page-size', '0'], ['extra'], ['--catalog', file], ['--api', 'isp,ads'], ['--fault', 'pay:404'], ['--fault', 'slow'], ['--api', 'isp', '--fault', 'bwp:429'], ['--orders', '-1']];
  for (const args of bad) {
    const result = await cli(['mock-server', ...args]);
    expect(result.status, args.join(' ')).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  }
});

const PREVIEW = `query Preview($input: DeliveryPreviewInput!) {
  deliveryPreview(input: $input) { id deliveryGroups { id items { itemIdentifier { value } amount { value } } deliveryOffers { id } } }
}`;

test('serves Amazon Pay and Buy with Prime on the same port: a Create Delivery Tracker and a deliveryPreview over loopback', async () => {
  const server = await start();
  try {
    const order = /chargePermissionId (\S+)/.exec(await server.line(/sandbox test order/))![1]!;
    expect(await server.line(/^Amazon Pay: POST /)).toContain(`${server.url}/sandbox/v2/deliveryTrackers`);
    expect(await server.line(/^Buy with Prime: POST /)).toContain(`${server.url}/graphql`);
    const tracker = { chargePermissionId: order, deliveryDetails: [{ trackingNumber: '1Z999AA10123456784', carrierCode: 'UPS' }] };
    const headers = { authorization: 'AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=AHMYKEY, SignedHeaders=x-amz-pay-date, Signature=unsigned', 'content-type': 'application/json' };
    const created = await fetch(`${server.url}/sandbox/v2/deliveryTrackers`, { method: 'POST', headers, body: JSON.stringify(tracker) });
    expect(created.status).toBe(200);
    expect(validate('pay/delivery-tracker-response', await created.json())).toEqual([]);
    // The same tracking number again: a tracking code is used once.
    const again = await fetch(`${server.url}/sandbox/v2/deliveryTrackers`, { method: 'POST', headers, body: JSON.stringify(tracker) });
    expect(again.status).toBe(400);
    const variables = { input: { items: [{ itemIdentifier: { SKU: 'MUG-1' }, amount: { unit: 'UNIT', value: 2 } }] } };
    const answer = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { authorization: 'Bearer any-token', 'content-type': 'application/json' }, body: JSON.stringify({ query: PREVIEW, variables }) });
    expect(answer.status).toBe(200);
    const { data } = (await answer.json()) as { data: { deliveryPreview: { id: string; deliveryGroups: { items: { itemIdentifier: { value: string } }[]; deliveryOffers: unknown[] }[] } } };
    expect(data.deliveryPreview.deliveryGroups[0]!.items[0]!.itemIdentifier.value).toBe('MUG-1');
    expect(data.deliveryPreview.deliveryGroups[0]!.deliveryOffers.length).toBeGreaterThan(0);
  } finally {
    server.child.kill('SIGTERM');
  }
  expect(await server.exited).toBe(0);
  expect(server.stderr()).toContain('POST /sandbox/v2/deliveryTrackers 200');
  expect(server.stderr()).toContain('POST /sandbox/v2/deliveryTrackers 400 InvalidParameterValue');
  expect(server.stderr()).toContain('POST /graphql 200 deliveryPreview');
});

test('--api serves only the APIs named; --fault makes every call of one answer its fault', async () => {
  const server = await start(['--api', 'bwp', '--fault', 'bwp:503']);
  try {
    expect(server.printed.some((l) => l.startsWith('Amazon Pay') || l.startsWith('in-skill'))).toBe(false);
    expect((await list(server.url)).status).toBe(404);
    for (let i = 0; i < 2; i++) {
      const answer = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { authorization: 'Bearer t', 'content-type': 'application/json' }, body: JSON.stringify({ query: PREVIEW, variables: { input: { items: [] } } }) });
      expect(answer.status).toBe(503);
    }
  } finally {
    server.child.kill('SIGTERM');
  }
  expect(await server.exited).toBe(0);
  expect(server.stderr()).toContain('POST /graphql 503 ServiceUnavailableException (fault 503)');
});
