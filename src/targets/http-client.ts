import http from 'node:http';
import https from 'node:https';

export interface PostResult {
  status?: number;
  text?: string;
  bytes: number;
  error?: string;
  timedOut?: boolean;
  ms: number;
}

/**
 * A keep-alive JSON poster: the probes' transport. (Playwright's request fixture is about thirty times
 * slower on loopback.) Reads at most `limit` bytes of answer and never waits past `timeoutMs`.
 */
export class KeepAliveClient {
  private readonly agent: http.Agent;
  private readonly url: URL;
  private readonly transport: typeof http | typeof https;

  constructor(url: string, maxSockets: number) {
    this.url = new URL(url);
    this.transport = this.url.protocol === 'https:' ? https : http;
    this.agent = new this.transport.Agent({ keepAlive: true, maxSockets });
  }

  post(body: string, timeoutMs: number, limit: number): Promise<PostResult> {
    const started = performance.now();
    const payload = Buffer.from(body, 'utf8');
    return new Promise((resolve) => {
      let settled = false;
      const finish = (result: Omit<PostResult, 'ms'>): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ ...result, ms: performance.now() - started });
      };
      const req = this.transport.request(this.url, {
        method: 'POST',
        agent: this.agent,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          accept: 'application/json',
          'accept-charset': 'utf-8',
          'content-length': payload.length,
          'user-agent': 'alexa-shopping-conformance',
        },
      });
      const timer = setTimeout(() => {
        finish({ bytes: 0, timedOut: true, error: `no answer within ${timeoutMs} ms` });
        req.destroy();
      }, timeoutMs);
      req.on('error', (err: NodeJS.ErrnoException) => finish({ bytes: 0, error: describeNetError(err, this.url) }));
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (bytes > limit) {
            finish({ status: res.statusCode, bytes, error: `the answer is larger than ${limit} bytes; stopped reading` });
            res.destroy();
            req.destroy();
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => finish({ status: res.statusCode, bytes, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (err) => finish({ status: res.statusCode, bytes, error: `the answer broke off: ${err.message}` }));
      });
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

export function describeNetError(err: NodeJS.ErrnoException, url: URL): string {
  switch (err.code) {
    case 'ECONNREFUSED':
      return `${url.host} refused the connection`;
    case 'ENOTFOUND':
      return `${url.hostname} does not resolve`;
    case 'ECONNRESET':
      return `${url.host} closed the connection without answering`;
    default:
      return `${err.code ?? 'error'}: ${err.message}`;
  }
}
