/**
 * Importing the package changes nothing in the importing process: nock, which the mocks for a team's own unit tests
 * use, intercepts every HTTP request of a process from the moment it loads (loopback too, about ten times slower),
 * so it loads only when a mock or the client's guard is asked for.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { packageRoot } from '../src/schema/paths.js';

const INDEX = join(packageRoot(), 'dist', 'src', 'index.js');
const NOCK = createRequire(INDEX).resolve('nock');

/** Runs an ES module in a fresh process (this worker may have loaded nock for other tests) and returns its output. */
function inFreshProcess(code: string): string {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', timeout: 30_000 });
  expect(child.stderr).toBe('');
  return child.stdout.trim();
}

test('importing the package leaves node:http as it was and loads no nock', () => {
  const out = inFreshProcess(`
import http from 'node:http';
import { createRequire } from 'node:module';
const { request, get, ClientRequest } = http;
await import(${JSON.stringify(INDEX)});
const nockLoaded = Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes('/node_modules/nock/'));
console.log(JSON.stringify({ same: http.request === request && http.get === get && http.ClientRequest === ClientRequest, nockLoaded }));`);
  expect(JSON.parse(out)).toEqual({ same: true, nockLoaded: false });
});

test('a mock asked for intercepts its host, and nock is loaded then', () => {
  const out = inFreshProcess(`
const { mockInSkillProducts } = await import(${JSON.stringify(INDEX)});
const isp = mockInSkillProducts();
const answer = await fetch('https://api.amazonalexa.com/v1/users/~current/skills/~current/inSkillProducts', { headers: { authorization: 'Bearer x', 'accept-language': 'en-US' } }).catch((e) => ({ status: String(e) }));
isp.restore();
console.log(JSON.stringify({ status: answer.status, calls: isp.calls.length }));`);
  expect(JSON.parse(out)).toEqual({ status: 200, calls: 1 });
});

test('a client run leaves node:http as it was when nock was not loaded before it, and a later nock still intercepts', () => {
  const reference = join(packageRoot(), 'dist', 'fixtures', 'clients', 'reference.js');
  const load = join(packageRoot(), 'dist', 'src', 'client', 'load.js');
  const out = inFreshProcess(`
import http from 'node:http';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { request } = http;
const { runClientConformance } = await import(${JSON.stringify(INDEX)});
const { loadAdapter } = await import(${JSON.stringify(load)});
const { report } = await runClientConformance({ adapter: await loadAdapter(${JSON.stringify(reference)}), location: 'reference', seed: 3, runs: 2, slowMs: 50 });
const after = { same: http.request === request, nockLoaded: Object.keys(require.cache).some((file) => file.includes('/node_modules/nock/')) };
const nock = require(${JSON.stringify(NOCK)});
nock('https://example.com').get('/').reply(204);
const mocked = await new Promise((done) => require('node:https').get('https://example.com/', (res) => done(res.statusCode)).on('error', (e) => done(String(e))));
console.log(JSON.stringify({ verdict: report.summary.verdict, ...after, mocked }));`);
  expect(JSON.parse(out)).toEqual({ verdict: 'pass', same: true, nockLoaded: false, mocked: 204 });
});

test('the client guard blocks calls off loopback each time it is taken, and gives node:http back each time it is released', () => {
  const guard = join(packageRoot(), 'dist', 'src', 'client', 'guard.js');
  const out = inFreshProcess(`
import http from 'node:http';
import https from 'node:https';
const { request } = http;
const { guardNetwork } = await import(${JSON.stringify(guard)});
const rounds = [];
for (let round = 0; round < 2; round++) {
  const blocked = [];
  const release = guardNetwork((call) => blocked.push(call.url));
  const outcome = await new Promise((done) => https.get('https://pay-api.amazon.com/v2/charges', () => done('answered')).on('error', (e) => done(e.code ?? e.message)));
  release();
  rounds.push({ blocked, outcome, restored: http.request === request });
}
console.log(JSON.stringify(rounds));`);
  const rounds = JSON.parse(out) as { blocked: string[]; outcome: string; restored: boolean }[];
  expect(rounds).toHaveLength(2);
  for (const round of rounds) {
    expect(round.blocked).toEqual(['https://pay-api.amazon.com/v2/charges']);
    expect(round.outcome).not.toBe('answered');
    expect(round.restored).toBe(true);
  }
});
