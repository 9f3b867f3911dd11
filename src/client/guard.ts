import { loadNock } from '../mocks/nock-loader.js';
import type { BlockedCall } from './cases.js';

const LOOPBACK = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/;

/**
 * Keeps the client's traffic on this machine: nock refuses every host but loopback (where the mocks listen)
 * and reports each refused call, so that a client with a hard-coded Amazon host is caught, not let out.
 */
export function guardNetwork(onBlocked: (call: BlockedCall) => void): () => void {
  const nock = loadNock();
  const listener = (req: { method?: string; href?: string; hostname?: string; host?: string }): void => {
    if (LOOPBACK.test(req.host ?? req.hostname ?? '')) return;
    onBlocked({ method: req.method ?? 'GET', url: req.href ?? String(req.host) });
  };
  nock.disableNetConnect();
  nock.enableNetConnect((host: string) => LOOPBACK.test(host));
  nock.emitter.on('no match', listener);
  return () => {
    nock.emitter.removeListener('no match', listener);
    nock.enableNetConnect();
  };
}
