import { loadNock, nockLoaded, unloadNock } from '../mocks/nock-loader.js';
import type { BlockedCall } from './cases.js';

const LOOPBACK = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/;

/** Guards in force, and whether the first of them loaded nock (then the last one's release unloads it). */
let guards = 0;
let loadedByGuard = false;

/**
 * Keeps the client's traffic on this machine: nock refuses every host but loopback (where the mocks listen)
 * and reports each refused call, so that a client with a hard-coded Amazon host is caught, not let out.
 * Released, it lets every host through again; a nock the guard loaded is unloaded, so that the process's HTTP after
 * a client run goes out as it did before it (nock slows every request it sees, loopback too).
 */
export function guardNetwork(onBlocked: (call: BlockedCall) => void): () => void {
  if (guards === 0) loadedByGuard = !nockLoaded();
  guards++;
  const nock = loadNock();
  const listener = (req: { method?: string; href?: string; hostname?: string; host?: string }): void => {
    if (LOOPBACK.test(req.host ?? req.hostname ?? '')) return;
    onBlocked({ method: req.method ?? 'GET', url: req.href ?? String(req.host) });
  };
  nock.disableNetConnect();
  nock.enableNetConnect((host: string) => LOOPBACK.test(host));
  nock.emitter.on('no match', listener);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    nock.emitter.removeListener('no match', listener);
    guards--;
    if (guards > 0) return;
    nock.enableNetConnect();
    if (loadedByGuard) unloadNock();
  };
}
