import { loadNock } from '../nock-loader.js';
import { PayCore, type PayCall, type PayCoreOptions, type PayOrder, type PayOrderKind } from './core.js';
import type { PayFault } from './faults.js';
import { isDeliveryTrackerUrl, type PayEnvironment } from './paths.js';

export interface AmazonPayMockOptions extends PayCoreOptions {
  /** The origin the client calls; default https://pay-api.amazon.com (the EU and JP hosts work alike). */
  host?: string;
}

export interface AmazonPayMock {
  readonly core: PayCore;
  /** Every call the mock answered, in order, with the rule each refused one broke. */
  readonly calls: PayCall[];
  /** A test order to ship, as the page's sandbox test makes one first. */
  createTestOrder(kind?: PayOrderKind, environment?: PayEnvironment): PayOrder;
  /** The next `times` calls answer this fault. */
  inject(fault: PayFault, times?: number): void;
  /** Removes the interceptors; `calls` stays readable. */
  restore(): void;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

const flat = (headers: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : String(v)]));

/**
 * Create Delivery Tracker for a team's own unit tests (Jest, Vitest, node:test): nock interceptors on `host`
 * that answer with the suite's contract mock. Any public key is served unless keys are issued through `core`.
 *
 *   const pay = mockAmazonPay();
 *   const order = pay.createTestOrder();
 *   await shipOrder(order.chargePermissionId, 'UPS', '1Z999AA10123456784');
 *   expect(pay.calls.filter((c) => c.broke)).toEqual([]);
 *   pay.restore();
 */
export function mockAmazonPay(options: AmazonPayMockOptions = {}): AmazonPayMock {
  const nock = loadNock();
  const host = new URL(options.host ?? 'https://pay-api.amazon.com').origin;
  const core = new PayCore({ anyKey: true, ...options });
  const scope = nock(host).persist();
  const interceptors = METHODS.map((method) => scope.intercept((path) => isDeliveryTrackerUrl(new URL(path, host).pathname), method));
  for (const [i, interceptor] of interceptors.entries()) {
    interceptor.reply(function (path, body, callback) {
      const text = typeof body === 'string' ? body : JSON.stringify(body ?? '');
      const answer = core.answer({ method: METHODS[i]!, url: new URL(path, host), headers: flat(this.req.headers), body: text });
      const send = (): void => callback(null, [answer.status, JSON.stringify(answer.body ?? ''), { 'content-type': 'application/json' }]);
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  }
  return {
    core,
    calls: core.calls,
    createTestOrder: (kind, environment) => core.createTestOrder(kind, environment),
    inject: (fault, times) => core.inject(fault, times),
    restore: () => interceptors.forEach((i) => nock.removeInterceptor(i)),
  };
}
