import type { MockAnswer, MockService } from '../server.js';
import { sampleCatalog } from './catalog.js';
import { IspCore } from './core.js';
import { routeOf } from './paths.js';

/**
 * The process's product service for probes: scenarios register a catalog for the apiAccessToken of the
 * envelope they are about to send; any other probe (a skill that lists products on launch, say) gets the
 * page's sample catalog. Tokens are unique in a process, so runs side by side share it safely.
 */
export const probeProducts = new IspCore({ fallback: { catalog: sampleCatalog() } });

/** The In-Skill Product Service on the loopback MockServer. */
export class IspService implements MockService {
  readonly name = 'in-skill products';

  constructor(readonly core: IspCore = probeProducts) {}

  handles(method: string, url: URL): boolean {
    return method === 'GET' && routeOf(url.pathname) !== undefined;
  }

  answer(method: string, url: URL, headers: Record<string, string>, _body: string, caller?: { probe: boolean }): MockAnswer {
    return this.core.answer({ method, url, headers }, { vouched: caller?.probe ?? false });
  }
}
