import type { MockService } from '../../src/mocks/server.js';
import type { OutboundCall } from '../../src/targets/exchange.js';

/** A service that answers every GET with 200 and the path it was asked: where a call is filed is all these tests look at. */
export const echo: MockService = {
  name: 'echo',
  handles: (method) => method === 'GET',
  answer: (_method, url) => ({ status: 200, body: { path: url.pathname } }),
};

/** A skill's call to the mock: a GET, with `Authorization: Bearer <token>` when a token is given. */
export const get = (url: string, token?: string): Promise<Response> => fetch(url, token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } });

/** The paths of filed calls, in the order they were filed. */
export const paths = (calls: OutboundCall[]): string[] => calls.map((c) => new URL(c.url).pathname);
