import http from 'node:http';
import https from 'node:https';

export interface PostResult {
  status?: number;
  text?: string;
  bytes: number;
  error?: string;
  timedOut?: boolean;
  /** true when no connection came free in time: the endpoint never saw the request. */
  notSent?: boolean;
  /** From when the request had a connection: the endpoint's own time, not time queued behind other requests. */
  ms: number;
  /** The request headers sent. */
  headers: Record<string, string>;
}

/** How an https:// endpoint's certificate is trusted: the given CA (PEM), or not at all (insecure). */
export interface TlsOptions {
  ca?: string;
  insecure?: boolean;
}

/**
 * A keep-alive JSON poster: the probes' transport. (Playwright's request fixture is about thirty times
 * slower on loopback.) Reads at most `limit` bytes of answer and waits at most `timeoutMs` for it, counted from
 * when the request has a connection: the families share the client's sockets, and a request queued behind a slow
 * answer must not be charged for it. One that finds no free connection within twice `timeoutMs` (the endpoint
 * holds every one) is never sent.
 */
export class KeepAliveClient {
  private readonly agent: http.Agent;
  private readonly url: URL;
  private readonly transport: typeof http | typeof https;

  constructor(url: string, maxSockets: number, tls: TlsOptions = {}) {
    this.url = new URL(url);
    if (this.url.protocol === 'https:') {
      this.transport = https;
      this.agent = new https.Agent({ keepAlive: true, maxSockets, ...(tls.ca ? { ca: tls.ca } : {}), ...(tls.insecure ? { rejectUnauthorized: false } : {}) });
    } else {
      this.transport = http;
      this.agent = new http.Agent({ keepAlive: true, maxSockets });
    }
  }

  /** POSTs the body; `extra` headers are added to the JSON ones (request-verification probes set Signature-256 and SignatureCertChainUrl). */
  post(body: string, timeoutMs: number, limit: number, extra: Record<string, string> = {}): Promise<PostResult> {
    let started = performance.now();
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      accept: 'application/json',
      'accept-charset': 'utf-8',
      'content-length': String(Buffer.byteLength(body, 'utf8')),
      'user-agent': 'alexa-shopping-conformance',
      ...extra,
    };
    return new Promise((resolve) => {
      let settled = false;
      const finish = (result: Omit<PostResult, 'ms' | 'headers'>): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        const posted = result as PostResult;
        posted.headers = headers;
        posted.ms = performance.now() - started;
        resolve(posted);
      };
      const req = this.transport.request(this.url, { method: 'POST', agent: this.agent, headers });
      let timer = setTimeout(() => {
        finish({ bytes: 0, notSent: true, error: `never sent: every connection to the endpoint stayed busy for ${2 * timeoutMs} ms` });
        req.destroy();
      }, 2 * timeoutMs);
      req.once('socket', () => {
        started = performance.now();
        clearTimeout(timer);
        timer = setTimeout(() => {
          finish({ bytes: 0, timedOut: true, error: `no answer within ${timeoutMs} ms` });
          req.destroy();
        }, timeoutMs);
      });
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
        res.on('end', () => finish({ status: res.statusCode, bytes, text: (chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)).toString('utf8') }));
        res.on('error', (err) => finish({ status: res.statusCode, bytes, error: `the answer broke off: ${err.message}` }));
      });
      // A string, not a Buffer: Node then sends the head and the body in one write, as a bare client's post does.
      req.end(body, 'utf8');
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

function describeNetError(err: NodeJS.ErrnoException, url: URL): string {
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
