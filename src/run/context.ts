import type { IspCore } from '../mocks/isp/core.js';
import { IspService, runProductService } from '../mocks/isp/service.js';
import { MockServer } from '../mocks/server.js';
import { RequestIds } from '../scenarios/envelope.js';
import type { Plan } from '../scenarios/plan.js';
import type { Selection } from './judge.js';
import { planOf, selection, type RunOptions } from './options.js';
import { reproducer, type Reproducer } from './reproduce.js';

/**
 * One run, as a value: its options (resolved once), its mock Amazon APIs and product service, its request id
 * source and clock, and what the families see of it (the plan). Every run makes its own, so runs in one process
 * share nothing.
 */
export interface RunContext {
  options: RunOptions;
  plan: Plan;
  mocks: MockServer;
  products: IspCore;
  ids: RequestIds;
  clock: () => Date;
  selected: Selection;
  reproduce: Reproducer;
}

/**
 * Runs `work` in a run of its own: the mock Amazon APIs (the product service holding the run's catalog, config
 * isp.catalog) listen on loopback for as long as it lasts. `now` anchors the generated timestamps.
 */
export async function withRun<T>(options: RunOptions, work: (run: RunContext) => Promise<T>, now = new Date(), clock: () => Date = () => new Date()): Promise<T> {
  const products = runProductService(options.ispCatalog);
  const mocks = new MockServer().use(new IspService(products));
  const apiEndpoint = await mocks.start();
  try {
    return await work({
      options,
      plan: planOf(options, apiEndpoint, now),
      mocks,
      products,
      ids: new RequestIds(clock),
      clock,
      selected: selection(options.only),
      reproduce: reproducer(options.replay),
    });
  } finally {
    await mocks.close();
  }
}
