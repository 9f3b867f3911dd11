import { parseAnswer } from './answer.js';
import { BODY_LIMIT, type Exchange, type SendOptions, type Target } from './exchange.js';
import { KeepAliveClient, type TlsOptions } from './http-client.js';

/** An HTTP(S) skill endpoint, POSTed each envelope as JSON over a keep-alive client. */
export class EndpointTarget implements Target {
  readonly kind = 'endpoint' as const;
  private readonly client: KeepAliveClient;

  constructor(
    readonly location: string,
    readonly concurrency = 8,
    readonly tls: TlsOptions = {},
  ) {
    this.client = new KeepAliveClient(location, concurrency, tls);
  }

  /** What the report says about how the endpoint was reached (plain HTTP, an unverified certificate). */
  get notes(): string[] {
    const notes: string[] = [];
    if (new URL(this.location).protocol === 'http:')
      notes.push('the endpoint is plain http://: certification requires HTTPS on port 443 with a certificate from a trusted authority (not a violation in a local run)');
    if (this.tls.insecure) notes.push("--insecure: the endpoint's TLS certificate was not verified");
    return notes;
  }

  async send(envelope: unknown, { timeoutMs, body, headers }: SendOptions): Promise<Exchange> {
    const answer = await this.client.post(body ?? JSON.stringify(envelope), timeoutMs, BODY_LIMIT, headers);
    // Built field by field: a probe's own cost is what the HTTP share of the bare client (npm run bench) measures.
    const exchange: Exchange = { request: envelope, status: answer.status, bytes: answer.bytes, ms: answer.ms, outbound: [] };
    if (headers) exchange.headers = answer.headers;
    if (answer.text === undefined) {
      exchange.error = answer.error;
      exchange.timedOut = answer.timedOut;
      if (answer.notSent) exchange.notSent = true;
      return exchange;
    }
    return Object.assign(exchange, parseAnswer(answer.text));
  }

  close(): Promise<void> {
    this.client.close();
    return Promise.resolve();
  }
}
