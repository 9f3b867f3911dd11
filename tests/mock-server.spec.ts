/** The loopback MockServer files each call under the probe whose apiAccessToken it carried, and no other. */
import { expect, test } from '@playwright/test';
import { MockServer, type MockService } from '../src/mocks/server.js';

/** A service that answers every GET with 200 and the path it was asked. */
const echo: MockService = {
  name: 'echo',
  handles: (method) => method === 'GET',
  answer: (_method, url) => ({ status: 200, body: { path: url.pathname } }),
};

const get = (url: string, token?: string): Promise<Response> => fetch(url, token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } });

test('a late call of a probe already answered is never filed under the probe in flight', async () => {
  const server = new MockServer().use(echo);
  const url = await server.start();
  try {
    server.expect('first');
    await get(`${url}/a`, 'first');
    expect(server.take('first', true).map((c) => new URL(c.url).pathname)).toEqual(['/a']);
    // The first probe's skill goes on listing after its answer (it gave up waiting), while a second probe is alone in flight.
    server.expect('second');
    await get(`${url}/late`, 'first');
    await get(`${url}/b`, 'second');
    expect(server.take('second', true).map((c) => new URL(c.url).pathname)).toEqual(['/b']);
    expect(server.late.map((c) => new URL(c.url).pathname)).toEqual(['/late']);
  } finally {
    await server.close();
  }
});

test('a call without a token made while one probe is in flight is that probe\'s', async () => {
  const server = new MockServer().use(echo);
  const url = await server.start();
  try {
    server.expect('only');
    await get(`${url}/anonymous`);
    await get(`${url}/stranger`, 'never-issued');
    expect(server.take('only', true).map((c) => new URL(c.url).pathname)).toEqual(['/anonymous', '/stranger']);
    expect(server.late).toEqual([]);
  } finally {
    await server.close();
  }
});
