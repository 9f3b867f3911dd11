import { parseAnswer } from './answer.js';
import { BODY_LIMIT, type Exchange, type SendOptions, type Target } from './exchange.js';
import { KeepAliveClient } from './http-client.js';

/** An HTTP(S) skill endpoint, POSTed each envelope as JSON over a keep-alive client. */
export class EndpointTarget implements Target {
  readonly kind = 'endpoint' as const;
  private readonly client: KeepAliveClient;

  constructor(
    readonly location: string,
    readonly concurrency = 8,
  ) {
    this.client = new KeepAliveClient(location, concurrency);
  }

  async send(envelope: unknown, { timeoutMs }: SendOptions): Promise<Exchange> {
    const answer = await this.client.post(JSON.stringify(envelope), timeoutMs, BODY_LIMIT);
    const base = { request: envelope, status: answer.status, bytes: answer.bytes, ms: answer.ms, outbound: [] };
    if (answer.text === undefined) return { ...base, error: answer.error, timedOut: answer.timedOut };
    return { ...base, ...parseAnswer(answer.text) };
  }

  close(): Promise<void> {
    this.client.close();
    return Promise.resolve();
  }
}
