/** `alexa-shopping-conformance mock-server`: the product-service mock on loopback, for a skill run by hand. */
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
  const url = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('close', () => reject(new Error(`mock-server exited: ${stderr}`)));
  });
  return { child, url, exited, stderr: () => stderr };
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
  for (const args of [['--port', 'x'], ['--page-size', '0'], ['extra'], ['--catalog', file]]) {
    const result = await cli(['mock-server', ...args]);
    expect(result.status, args.join(' ')).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  }
});
