import type { InSkillProduct } from '../../types/index.js';
import type { MockAnswer } from '../server.js';
import { ERROR_MESSAGES, SLOW_MS, type Fault } from './faults.js';
import { Continuations, filtersOf, MAX_PAGE, page } from './paging.js';
import { routeOf, type IspRoute } from './paths.js';
import { asQuery, queryOf, queryProblems } from './query.js';

/** What the service holds for one caller: the catalog as this user sees it, and how it misbehaves. */
export interface IspSetup {
  catalog: InSkillProduct[];
  /**
   * A test convenience of the nock face and `mock-server --page-size`: the most products a page carries
   * whatever maxResults asks. The probes never set it: the service truncates only past maxResults (default 100).
   */
  pageSize?: number;
  /** Every call answers this instead: an error status, or (slow) the right answer, late. */
  fault?: Fault;
  /** How late a slow answer comes; default SLOW_MS. */
  delayMs?: number;
}

export interface IspRequest {
  method: string;
  url: URL;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string | undefined>>;
}

export interface IspCoreOptions {
  /** The setup of a caller that registered none, when it may have one (see `anyToken` and answer's `vouched`). */
  fallback?: IspSetup;
  /** Any bearer token gets the fallback (the CLI's server, a team's unit test); else only a caller the transport vouches for. */
  anyToken?: boolean;
}

interface Registration {
  setup: IspSetup;
  continuations: Continuations;
}

// Fallback callers are remembered only to honour their nextTokens; a long-lived server must not grow forever.
const MAX_FALLBACK_CALLERS = 10_000;

const failure = (status: 400 | 401 | 404 | 500, detail?: string): MockAnswer => {
  const message = ERROR_MESSAGES[String(status) as keyof typeof ERROR_MESSAGES];
  return { status, body: { message: detail ? `${message}: ${detail}` : message } };
};

const bearerOf = (authorization: string | undefined): string | undefined => /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];

/**
 * The In-Skill Product Service as a contract mock, apart from any transport (the loopback server and the
 * nock face both answer through it). State is per apiAccessToken: each probe registers the catalog and
 * fault its calls get, so concurrent probes never see each other's products or nextTokens.
 */
export class IspCore {
  private readonly registered = new Map<string, Registration>();
  private readonly fallbacks = new Map<string, Registration>();

  constructor(private readonly options: IspCoreOptions = {}) {}

  register(token: string, setup: IspSetup): void {
    this.registered.set(token, { setup, continuations: new Continuations() });
  }

  forget(token: string): void {
    this.registered.delete(token);
    this.fallbacks.delete(token);
  }

  /** The answer to one call; `vouched` says the transport knows the token as a probe's (it may get the fallback). */
  answer(request: IspRequest, { vouched = false }: { vouched?: boolean } = {}): MockAnswer {
    const route = routeOf(request.url.pathname);
    if (!route || request.method.toUpperCase() !== 'GET') return failure(404, `no in-skill product operation is ${request.method} ${request.url.pathname}`);
    const token = bearerOf(request.headers['authorization']);
    const registration = token === undefined ? undefined : this.registrationOf(token, vouched);
    if (!registration) return failure(401, token === undefined ? 'no Authorization: Bearer header' : 'the bearer token is not this request\'s apiAccessToken');
    const { setup } = registration;
    if (setup.fault !== undefined && setup.fault !== 'slow') return { ...failure(Number(setup.fault) as 400 | 401 | 404 | 500), fault: setup.fault };
    const answer = this.serve(route, request, registration);
    return setup.fault === 'slow' ? { ...answer, delayMs: setup.delayMs ?? SLOW_MS, fault: 'slow' } : answer;
  }

  private registrationOf(token: string, vouched: boolean): Registration | undefined {
    const own = this.registered.get(token);
    if (own) return own;
    const { fallback } = this.options;
    if (!fallback || !(vouched || this.options.anyToken)) return undefined;
    let registration = this.fallbacks.get(token);
    if (!registration) {
      if (this.fallbacks.size >= MAX_FALLBACK_CALLERS) this.fallbacks.delete(this.fallbacks.keys().next().value as string);
      this.fallbacks.set(token, (registration = { setup: fallback, continuations: new Continuations() }));
    }
    return registration;
  }

  private serve(route: IspRoute, request: IspRequest, { setup, continuations }: Registration): MockAnswer {
    if (!request.headers['accept-language']?.trim()) return failure(400, 'the Accept-Language header is required');
    if (route.kind === 'product') {
      const product = setup.catalog.find((p) => p.productId === route.productId);
      return product ? { status: 200, body: structuredClone(product) } : failure(404);
    }
    const raw = queryOf(request.url);
    const problems = queryProblems(raw);
    if (problems.length > 0) return failure(400, problems.join('; '));
    const query = asQuery(raw);
    let offset = 0;
    if (query.nextToken !== undefined) {
      const continuation = continuations.find(query.nextToken);
      if (!continuation) return failure(400, 'nextToken is not one this service issued to this caller');
      if (continuation.filters !== filtersOf(query)) return failure(400, 'nextToken continues a listing with other filters');
      offset = continuation.offset;
    }
    const limit = Math.min(query.maxResults === undefined ? MAX_PAGE : Number(query.maxResults), setup.pageSize ?? MAX_PAGE);
    return { status: 200, body: page(setup.catalog, query, offset, limit, continuations) };
  }
}
