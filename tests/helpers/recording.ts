import type { Exchange, Target } from '../../src/targets/exchange.js';

/** What the tests read of a request: whose it is, its session, and where its skill's calls go. */
export interface Envelope {
  session?: { new: boolean; sessionId: string; user: { userId: string } };
  context: { System: { apiEndpoint: string; user: { userId: string } } };
  request: { type: string; intent?: { name: string } };
}

/** The target as a unit sees it, telling `sending` of each request as it is sent. */
export function recording(target: Target, sending: (envelope: Envelope, exchange: Promise<Exchange>) => void): Target {
  return {
    kind: target.kind,
    location: target.location,
    get concurrency() {
      return target.concurrency;
    },
    send: (envelope, sendOptions) => {
      const exchange = target.send(envelope, sendOptions);
      sending(envelope as Envelope, exchange);
      return exchange;
    },
    takeStrayCalls: () => target.takeStrayCalls?.() ?? [],
    close: () => Promise.resolve(),
  };
}
