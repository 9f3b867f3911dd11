import { isObject, type Json } from '../checks/response-shape.js';
import type { IspCore } from '../mocks/isp/core.js';
import type { MockServer } from '../mocks/server.js';
import { tokenOf, type RequestIds } from '../scenarios/envelope.js';
import type { Exchange, OutboundCall, SendOptions, Target } from '../targets/exchange.js';

/** What a family reports when its target stopped answering. */
export const stalledMessage = (afterMs: number): string => `the target stopped answering (no answer within ${afterMs} ms)`;

/** What a prober sends with: the run's timeout, its id source, and its mock APIs (absent in unit tests). */
export interface ProberRun {
  timeoutMs: number;
  ids: RequestIds;
  mocks?: MockServer;
  /** The run's product service, where a family registers the catalog a request is served. */
  products?: IspCore;
}

/**
 * Sends envelopes to the target with the run's timeout, attaches the calls the skill made to the mock
 * APIs, counts probes, and limits concurrency to what the target allows. After a timeout it sends nothing
 * more for the same family (each family pays for a hang once): later requests come back at once as not
 * sent, so a case keeps what it gathered before the hang, the timed-out exchange included.
 */
export class Prober {
  sent = 0;
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  stalled = false;
  readonly timeoutMs: number;
  readonly ids: RequestIds;
  private readonly mocks: MockServer | undefined;
  private readonly productService: IspCore | undefined;

  constructor(
    private readonly target: Target,
    run: ProberRun,
  ) {
    this.timeoutMs = run.timeoutMs;
    this.ids = run.ids;
    this.mocks = run.mocks;
    this.productService = run.products;
  }

  /** The run's product service; only a run with mock APIs has one. */
  get products(): IspCore {
    if (!this.productService) throw new Error('this prober has no product service: run the family through runFamilies');
    return this.productService;
  }

  /**
   * `raw`: the exact body and extra headers to send (request-verification probes, endpoints only). An envelope
   * naming the run's mock APIs as its apiEndpoint is sent naming a lane of them instead (MockServer.lane), so
   * that every call the skill makes there is this probe's; a raw body is sent as it is, its calls filed by token.
   */
  async send(envelope: unknown, raw?: Pick<SendOptions, 'body' | 'headers'>): Promise<Exchange> {
    if (this.stalled) return this.notSent(envelope);
    await this.slot();
    try {
      if (this.stalled) return this.notSent(envelope);
      const token = tokenOf(envelope);
      const mocks = this.mocks;
      let sent = envelope;
      if (mocks && !raw && apiEndpointOf(envelope) === mocks.url) sent = withApiEndpoint(envelope, await mocks.lane(token));
      else mocks?.expect(token);
      this.sent++;
      let calls: OutboundCall[] = [];
      let exchange: Exchange;
      try {
        exchange = await this.target.send(sent, { timeoutMs: this.timeoutMs, ...raw });
      } finally {
        // Even when the target throws: the probe is over, its lane free for the next.
        calls = mocks?.take(token) ?? [];
      }
      exchange.outbound.push(...calls);
      if (exchange.timedOut) this.stalled = true;
      return exchange;
    } finally {
      this.release();
    }
  }

  private notSent(envelope: unknown): Exchange {
    return { request: envelope, bytes: 0, ms: 0, outbound: [], notSent: true, error: stalledMessage(this.timeoutMs) };
  }

  private slot(): Promise<void> {
    if (this.inFlight < this.target.concurrency) {
      this.inFlight++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(() => { this.inFlight++; resolve(); }));
  }

  private release(): void {
    this.inFlight--;
    this.waiting.shift()?.();
  }
}

const record = (value: unknown): Json | undefined => (isObject(value) ? value : undefined);

const apiEndpointOf = (envelope: unknown): unknown => record(record(record(envelope)?.['context'])?.['System'])?.['apiEndpoint'];

/** The envelope naming `apiEndpoint` instead: a copy of the objects on the way, the rest shared. */
function withApiEndpoint(envelope: unknown, apiEndpoint: string): unknown {
  const outer = record(envelope) ?? {};
  const context = record(outer['context']) ?? {};
  const system = record(context['System']) ?? {};
  return { ...outer, context: { ...context, System: { ...system, apiEndpoint } } };
}

/** Runs tasks with at most `limit` at once, keeping their order in the result. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
