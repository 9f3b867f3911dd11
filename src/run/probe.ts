import type { MockServer } from '../mocks/server.js';
import { tokenOf } from '../scenarios/envelope.js';
import type { Exchange, Target } from '../targets/exchange.js';

/** Raised into a family when its target stopped answering: the family ends there instead of waiting again. */
export class TargetStalled extends Error {
  constructor(readonly afterMs: number) {
    super(`the target stopped answering (no answer within ${afterMs} ms)`);
  }
}

/**
 * Sends envelopes to the target with the run's timeout, attaches the calls the skill made to the mock
 * APIs, counts probes, and limits concurrency to what the target allows. After a timeout it refuses
 * further probes of the same family (each family pays for a hang once), which the family reports.
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

  async send(envelope: unknown): Promise<Exchange> {
    if (this.stalled) throw new TargetStalled(this.timeoutMs);
    await this.slot();
    try {
      if (this.stalled) throw new TargetStalled(this.timeoutMs);
      const token = tokenOf(envelope);
      this.mocks?.expect(token);
      this.sent++;
      const exchange = await this.target.send(envelope, { timeoutMs: this.timeoutMs });
      const calls = this.mocks?.take(token, this.target.concurrency === 1) ?? [];
      exchange.outbound.push(...calls);
      if (exchange.timedOut) this.stalled = true;
      return exchange;
    } finally {
      this.release();
    }
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
