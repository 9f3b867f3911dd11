import type { MockServer } from '../mocks/server.js';
import { tokenOf } from '../scenarios/envelope.js';
import type { Exchange, SendOptions, Target } from '../targets/exchange.js';

/** What a family reports when its target stopped answering. */
export const stalledMessage = (afterMs: number): string => `the target stopped answering (no answer within ${afterMs} ms)`;

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

  constructor(
    private readonly target: Target,
    private readonly mocks: MockServer | undefined,
    readonly timeoutMs: number,
  ) {}

  /** `raw`: the exact body and extra headers to send (request-verification probes, endpoints only). */
  async send(envelope: unknown, raw?: Pick<SendOptions, 'body' | 'headers'>): Promise<Exchange> {
    if (this.stalled) return this.notSent(envelope);
    await this.slot();
    try {
      if (this.stalled) return this.notSent(envelope);
      const token = tokenOf(envelope);
      this.mocks?.expect(token);
      this.sent++;
      const exchange = await this.target.send(envelope, { timeoutMs: this.timeoutMs, ...raw });
      const calls = this.mocks?.take(token, this.target.concurrency === 1) ?? [];
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
