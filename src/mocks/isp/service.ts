import type { InSkillProduct } from '../../types/index.js';
import type { MockAnswer, MockService } from '../server.js';
import { sampleCatalog } from './catalog.js';
import { IspCore } from './core.js';
import { routeOf } from './paths.js';

/** What every request of a run not given a catalog of its own is served: the config's isp.catalog, else the page's sample. */
export const runCatalog = (configured: readonly InSkillProduct[] | undefined): InSkillProduct[] =>
  configured ? structuredClone([...configured]) : sampleCatalog();

/**
 * A run's product service for probes: scenarios register a catalog for the apiAccessToken of the envelope
 * they are about to send; any other probe (a skill that lists products on launch or in an interceptor) gets
 * the run's catalog.
 */
export const runProductService = (configured: readonly InSkillProduct[] | undefined): IspCore => new IspCore({ fallback: { catalog: runCatalog(configured) } });

/** The In-Skill Product Service on the loopback MockServer. */
export class IspService implements MockService {
  readonly name = 'in-skill products';

  constructor(readonly core: IspCore) {}

  handles(method: string, url: URL): boolean {
    return method === 'GET' && routeOf(url.pathname) !== undefined;
  }

  answer(method: string, url: URL, headers: Record<string, string>, _body: string, caller?: { probe: boolean }): MockAnswer {
    return this.core.answer({ method, url, headers }, { vouched: caller?.probe ?? false });
  }
}
