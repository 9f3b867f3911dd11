import { BwpCore } from '../mocks/bwp/core.js';
import { BwpService } from '../mocks/bwp/service.js';
import type { BwpStore } from '../mocks/bwp/store.js';
import { PayCore } from '../mocks/pay/core.js';
import { PayService } from '../mocks/pay/service.js';
import { MockServer } from '../mocks/server.js';
import type { ClientContext } from './adapter.js';
import type { BlockedCall } from './cases.js';
import { guardNetwork } from './guard.js';
import { CATALOG, PLENTY } from './inputs.js';
import { stockEveryKind } from './item-ids.js';

/** The mocks a client run talks to, the credentials it was given, and the calls stopped on their way out. */
export interface ClientEnv {
  pay: PayCore;
  bwp: BwpCore;
  store: BwpStore;
  blocked: BlockedCall[];
  /** The context of a case: cases alternate between a plain and an environment-prefixed Amazon Pay key. */
  context(index: number, signal: AbortSignal): ClientContext;
  close(): Promise<void>;
}

export interface EnvOptions {
  /** Carrier codes the client's shipments may use beyond the bundled list. */
  carriers?: readonly string[];
  /** How late the mocks' slow answers come. */
  slowMs?: number;
}

/** Starts the loopback mocks for one run, with a store stocked with the catalog, behind the network guard. */
export async function openEnv(options: EnvOptions = {}): Promise<ClientEnv> {
  const delay = options.slowMs === undefined ? {} : { delayMs: options.slowMs };
  const pay = new PayCore({ ...delay, ...(options.carriers ? { carriers: options.carriers } : {}) });
  const bwp = new BwpCore(delay);
  const store = bwp.openStore();
  for (const item of CATALOG) stockEveryKind(store, item.sku, PLENTY, item.group);
  const keys = [pay.issueKey('sandbox'), pay.issueKey('sandbox', { prefixed: true })] as const;
  const server = new MockServer().use(new PayService(pay)).use(new BwpService(bwp));
  const blocked: BlockedCall[] = [];
  const release = guardNetwork((call) => blocked.push(call));
  try {
    await server.start();
  } catch (error) {
    release();
    throw error;
  }
  return {
    pay,
    bwp,
    store,
    blocked,
    context: (index, signal) => ({
      pay: { baseUrl: server.url, environment: 'sandbox', publicKeyId: keys[index % 2]! },
      bwp: { endpoint: `${server.url}/graphql`, accessToken: store.token },
      signal,
    }),
    close: async () => {
      release();
      await server.close();
    },
  };
}
