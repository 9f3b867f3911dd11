import { loadNock } from '../nock-loader.js';
import type { InSkillProduct } from '../../types/index.js';
import type { OutboundCall } from '../../targets/exchange.js';
import { sampleCatalog } from './catalog.js';
import { IspCore, type IspSetup } from './core.js';
import type { Fault } from './faults.js';
import { routeOf } from './paths.js';

export type { Fault, IspSetup };

export interface InSkillProductsMockOptions {
  /** The origin the skill calls, its context.System.apiEndpoint; default https://api.amazonalexa.com. */
  host?: string;
  /** What every caller is served; default the page's sample catalog (three products). */
  catalog?: InSkillProduct[];
  /** Accept only this apiAccessToken (401 otherwise); absent, any bearer token is served. */
  token?: string;
  /** The most products a page carries whatever maxResults asks: set it small to make the skill page. */
  pageSize?: number;
  /** Answer every call with this fault: '400', '401', '404', '500', or 'slow' (the right answer after delayMs). */
  fault?: Fault;
  delayMs?: number;
}

export interface InSkillProductsMock {
  /** Every call the mock answered, in order, as the suite records them (url, headers, status, answer, fault). */
  readonly calls: OutboundCall[];
  /** A catalog (and fault) of its own for calls bearing this apiAccessToken. */
  register(token: string, setup: IspSetup): void;
  /** Removes the interceptors; `calls` stays readable. */
  restore(): void;
}

const flat = (headers: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : String(v)]));

/**
 * The In-Skill Product Service for a team's own unit tests (Jest, Vitest, node:test): nock interceptors on
 * `host` that answer with the suite's contract mock, so a skill under test gets the same 400s, 401s, paging
 * and faults the conformance run gives it, and the test can assert on `calls`.
 *
 *   const isp = mockInSkillProducts({ catalog, pageSize: 2 });
 *   await handler(envelope, context);
 *   isp.restore();
 */
export function mockInSkillProducts(options: InSkillProductsMockOptions = {}): InSkillProductsMock {
  const nock = loadNock();
  const host = new URL(options.host ?? 'https://api.amazonalexa.com').origin;
  const setup: IspSetup = { catalog: options.catalog ?? sampleCatalog() };
  if (options.pageSize !== undefined) setup.pageSize = options.pageSize;
  if (options.fault !== undefined) setup.fault = options.fault;
  if (options.delayMs !== undefined) setup.delayMs = options.delayMs;
  const core = options.token === undefined ? new IspCore({ fallback: setup, anyToken: true }) : new IspCore();
  if (options.token !== undefined) core.register(options.token, setup);
  const calls: OutboundCall[] = [];
  const interceptor = nock(host)
    .persist()
    .get((path) => routeOf(new URL(path, host).pathname) !== undefined)
    .query(true);
  interceptor.reply(function (path, _body, callback) {
      const url = new URL(path, host);
      const headers = flat(this.req.headers);
      const answer = core.answer({ method: 'GET', url, headers });
      const call: OutboundCall = { method: 'GET', url: url.href, headers, status: answer.status, answer: answer.body };
      if (answer.fault !== undefined) call.fault = answer.fault;
      calls.push(call);
      const send = (): void => callback(null, [answer.status, JSON.stringify(answer.body ?? ''), { 'content-type': 'application/json' }]);
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  return {
    calls,
    register: (token, own) => core.register(token, own),
    restore: () => void nock.removeInterceptor(interceptor),
  };
}
