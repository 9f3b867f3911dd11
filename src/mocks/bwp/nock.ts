import { loadNock } from '../nock-loader.js';
import { BwpCore, isGraphqlUrl, type BwpCall, type BwpCoreOptions } from './core.js';
import type { BwpStore } from './store.js';

export interface BuyWithPrimeMockOptions extends BwpCoreOptions {
  /** The origin the client calls; default https://api.buywithprime.amazon.com. */
  host?: string;
}

export interface BuyWithPrimeMock {
  readonly core: BwpCore;
  /** The store every bearer token is served: stock items, register shoppers, seed orders, inject faults. */
  readonly store: BwpStore;
  /** Every call the mock answered, with what each root field did (ok, or its ValidationException code). */
  readonly calls: BwpCall[];
  /** Removes the interceptors; `calls` stays readable. */
  restore(): void;
}

const flat = (headers: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : String(v)]));

/**
 * The Buy with Prime GraphQL API for a team's own unit tests: nock interceptors on `host` answered by the suite's
 * contract mock, so a client gets the same ValidationException codes the `client` verb judges it by.
 *
 *   const bwp = mockBuyWithPrime();
 *   bwp.store.stock('example-sku-1', 1);
 *   await checkout(cart);
 *   expect(bwp.calls.flatMap((c) => c.operations).map((o) => o.code ?? 'ok')).toEqual(['ok', 'ok']);
 *   bwp.restore();
 */
export function mockBuyWithPrime(options: BuyWithPrimeMockOptions = {}): BuyWithPrimeMock {
  const nock = loadNock();
  const host = new URL(options.host ?? 'https://api.buywithprime.amazon.com').origin;
  const core = new BwpCore({ anyToken: true, ...options });
  const scope = nock(host).persist();
  const interceptors = (['GET', 'POST'] as const).map((method) => {
    const interceptor = scope.intercept((path) => isGraphqlUrl(new URL(path, host).pathname), method);
    interceptor.reply(function (path, body, callback) {
      const text = typeof body === 'string' ? body : JSON.stringify(body ?? '');
      core.answer({ method, url: new URL(path, host), headers: flat(this.req.headers), body: text }).then(
        (answer) => {
          const send = (): void => callback(null, [answer.status, JSON.stringify(answer.body ?? ''), { 'content-type': 'application/json' }]);
          if (answer.delayMs) setTimeout(send, answer.delayMs);
          else send();
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), [500, '']),
      );
    });
    return interceptor;
  });
  return { core, store: core.defaultStore, calls: core.calls, restore: () => interceptors.forEach((i) => nock.removeInterceptor(i)) };
}
