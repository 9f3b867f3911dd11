/**
 * The loopback MockServer files each call under the probe it belongs to, and no other: the probe in flight whose
 * apiAccessToken it carries, wherever it arrives; else, on a lane, the probe in flight there.
 */
import { expect, test } from '@playwright/test';
import { MockServer } from '../src/mocks/server.js';
import { echo, get, paths } from './helpers/mock-calls.js';

test('a late call of a probe already answered is never filed under the probe in flight', async () => {
  const server = new MockServer().use(echo);
  const url = await server.start();
  try {
    server.expect('first');
    await get(`${url}/a`, 'first');
    expect(paths(server.take('first'))).toEqual(['/a']);
    // The first probe's skill goes on listing after its answer (it gave up waiting), while a second probe is in flight.
    server.expect('second');
    await get(`${url}/late`, 'first');
    await get(`${url}/b`, 'second');
    expect(paths(server.take('second'))).toEqual(['/b']);
    expect(paths(server.late)).toEqual(['/late']);
  } finally {
    await server.close();
  }
});

test("on the run's own port a call whose token names no probe is no probe's, even with one probe in flight", async () => {
  const server = new MockServer().use(echo);
  const url = await server.start();
  try {
    server.expect('only');
    await get(`${url}/anonymous`);
    await get(`${url}/stranger`, 'never-issued');
    expect(server.take('only')).toEqual([]);
    expect(server.late).toEqual([]);
    // The mock-server command, which sends no probe, logs them all.
    expect(paths(server.take('', true))).toEqual(['/anonymous', '/stranger']);
  } finally {
    await server.close();
  }
});

test("on a lane a call without a token, or with a wrong one, is the lane's probe's, and names the lane's port", async () => {
  const server = new MockServer().use(echo);
  const url = await server.start();
  try {
    const lane = await server.lane('only');
    expect(lane).not.toBe(url);
    await get(`${lane}/anonymous`);
    await get(`${lane}/stranger`, 'never-issued');
    const calls = server.take('only');
    expect(paths(calls)).toEqual(['/anonymous', '/stranger']);
    expect(calls.map((c) => new URL(c.url).origin)).toEqual([lane, lane]);
  } finally {
    await server.close();
  }
});
