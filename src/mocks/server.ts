import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OutboundCall } from '../targets/exchange.js';

/** What a mock service answers. */
export interface MockAnswer {
  status: number;
  body?: unknown;
  /** Hold the answer back this long (a slow service). */
  delayMs?: number;
  /** The fault injected, recorded with the call. */
  fault?: string;
}

/** One mock Amazon API on the loopback server: claims the requests it serves. */
export interface MockService {
  readonly name: string;
  handles(method: string, url: URL): boolean;
  /** `caller.probe`: the bearer token is the apiAccessToken of a probe in flight. */
  answer(method: string, url: URL, headers: Record<string, string>, body: string, caller: { probe: boolean }): MockAnswer | Promise<MockAnswer>;
}

const MAX_RETIRED = 10_000;

const bearer = (headers: Record<string, string>): string | undefined => /^Bearer\s+(\S+)$/i.exec(headers['authorization'] ?? '')?.[1];

/**
 * The loopback HTTP server the probes name in context.System.apiEndpoint. It hands each request to the
 * service that claims it (404 otherwise) and records every call, filed under the bearer token it carried
 * so that each call is attributed to the probe whose apiAccessToken it used.
 */
export class MockServer {
  private server: http.Server | undefined;
  private readonly services: MockService[] = [];
  private readonly calls = new Map<string, OutboundCall[]>();
  /** Calls whose bearer token names no probe (a missing or wrong Authorization header). */
  private readonly unattributed: OutboundCall[] = [];
  private readonly tokens = new Set<string>();
  /**
   * Tokens of probes already answered. A call carrying one is a late call of that probe (a listing the skill
   * gave up waiting for goes on in the background): it is recorded apart and never filed under another probe.
   */
  private readonly retired = new Set<string>();
  /** Late calls, by the retired token they carried. */
  readonly late: OutboundCall[] = [];
  url = '';

  use(service: MockService): this {
    this.services.push(service);
    return this;
  }

  async start(port = 0): Promise<string> {
    const server = http.createServer((req, res) => void this.serve(req, res));
    server.keepAliveTimeout = 5_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Starts filing calls under a probe's token. */
  expect(token: string): void {
    this.tokens.add(token);
    this.calls.set(token, []);
  }

  /** The calls made with a probe's token, and (when only one probe was in flight) the unattributed ones. */
  take(token: string, alone: boolean): OutboundCall[] {
    const calls = this.calls.get(token) ?? [];
    this.calls.delete(token);
    this.tokens.delete(token);
    this.retire(token);
    if (alone && this.unattributed.length > 0) calls.push(...this.unattributed.splice(0));
    return calls;
  }

  private retire(token: string): void {
    this.retired.add(token);
    // A long run retires many tokens; the oldest are the least likely to come back.
    if (this.retired.size > MAX_RETIRED) this.retired.delete(this.retired.values().next().value as string);
  }

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const service = this.services.find((s) => s.handles(method, url));
    const token = bearer(headers);
    const probe = token !== undefined && this.tokens.has(token);
    let answer: MockAnswer;
    try {
      answer = service ? await service.answer(method, url, headers, body, { probe }) : { status: 404, body: { message: `no Amazon API is served at ${url.pathname}` } };
    } catch (err) {
      answer = { status: 500, body: { message: `mock failure: ${err instanceof Error ? err.message : String(err)}` } };
    }
    const call: OutboundCall = { method, url: url.href, headers, status: answer.status, answer: answer.body };
    if (answer.fault) call.fault = answer.fault;
    if (!probe && token !== undefined && this.retired.has(token)) this.late.push(call);
    else {
      // A call whose token names no probe (missing, wrong) belongs to the probe in flight when there is only one.
      const owner = probe ? token : this.tokens.size === 1 ? [...this.tokens][0] : undefined;
      const list = owner === undefined ? undefined : this.calls.get(owner);
      (list ?? this.unattributed).push(call);
    }
    if (this.late.length > MAX_RETIRED) this.late.splice(0, this.late.length - MAX_RETIRED);
    const send = (): void => {
      if (res.destroyed) return;
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    };
    if (answer.delayMs) setTimeout(send, answer.delayMs).unref();
    else send();
  }
}
