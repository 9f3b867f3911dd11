import type { IspCore } from '../mocks/isp/core.js';
import { IspService, runProductService } from '../mocks/isp/service.js';
import { MockServer } from '../mocks/server.js';
import { RequestIds } from '../scenarios/envelope.js';
import type { Plan } from '../scenarios/plan.js';
import type { Target } from '../targets/exchange.js';
import type { Selection } from './judge.js';
import { planOf, selection, type RunOptions } from './options.js';
import { Prober } from '../scenarios/prober.js';
import { reproducer, type Reproducer } from '../report/reproduce.js';

/**
 * One run, as a value: its options (resolved once), its mock Amazon APIs and product service, its request id
 * source and clock, the probers its families send through, and what the families see of it (the plan).
 * Every run makes its own, so runs in one process share nothing.
 */
export interface RunContext {
  options: RunOptions;
  plan: Plan;
  mocks: MockServer;
  products: IspCore;
  ids: RequestIds;
  clock: () => Date;
  /** A family's prober for the target: new per family, since a prober stops sending after a timeout (each family pays for a hang once). */
  prober(target: Target): Prober;
  selected: Selection;
  reproduce: Reproducer;
}

/**
 * Runs `work` in a run of its own: the mock Amazon APIs (the product service holding the run's catalog, config
 * isp.catalog) listen on loopback for as long as it lasts. `time.clock` stamps the requests; `time.now` anchors
 * the generated timestamps (default: the clock's time as the run starts).
 */
export async function withRun<T>(options: RunOptions, work: (run: RunContext) => Promise<T>, time: { now?: Date; clock?: () => Date } = {}): Promise<T> {
  const clock = time.clock ?? ((): Date => new Date());
  const now = time.now ?? clock();
  const products = runProductService(options.ispCatalog);
  const mocks = new MockServer().use(new IspService(products));
  const apiEndpoint = await mocks.start();
  const ids = new RequestIds(clock);
  try {
    return await work({
      options,
      plan: planOf(options, apiEndpoint, now),
      mocks,
      products,
      ids,
      clock,
      prober: (target) => new Prober(target, { timeoutMs: options.timeoutMs, ids, mocks, products }),
      selected: selection(options.only),
      reproduce: reproducer(options.replay),
    });
  } finally {
    await mocks.close();
  }
}
