import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
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

/** A port of the server that one probe at a time names as its apiEndpoint. */
interface Lane {
  readonly url: string;
  readonly listener: net.Server;
  /** The token of the probe in flight on this lane. */
  probe?: string;
  /** Whether a probe has been answered on this lane: a call arriving after it, with no probe in flight, is late. */
  used: boolean;
}

/**
 * The loopback HTTP server the probes name in context.System.apiEndpoint. It hands each request to the
 * service that claims it (404 otherwise) and records every call, filed under the probe it belongs to.
 *
 * A probe sent through `lane` names a port of its own (a lane) as its apiEndpoint: every call arriving
 * there while it is in flight is its, whatever token the call carries (none, a wrong one, another probe's),
 * so attribution stays exact with many probes in flight and for any target. On the run's own port (`url`)
 * a call is filed under the probe whose apiAccessToken it carries.
 */
export class MockServer {
  private server: http.Server | undefined;
  private readonly services: MockService[] = [];
  private readonly calls = new Map<string, OutboundCall[]>();
  /** Calls no probe owns: on the run's own port with a token that names no probe in flight. */
  private readonly unattributed: OutboundCall[] = [];
  private readonly tokens = new Set<string>();
  /**
   * Tokens of probes already answered. A call carrying one is a late call of that probe (a listing the skill
   * gave up waiting for goes on in the background): it is recorded apart and never filed under another probe.
   */
  private readonly retired = new Set<string>();
  /** Late calls, by the retired token they carried or the freed lane they reached. */
  readonly late: OutboundCall[] = [];
  /** Lanes by local port; free ones queue oldest-freed first, so a late call is the likelier to find its lane still free. */
  private readonly lanes = new Map<number, Lane>();
  private readonly free: Lane[] = [];
  /** Lane of each probe in flight on one. */
  private readonly laneOf = new Map<string, Lane>();
  url = '';
  /** Told at the next answer held back (a slow service): see holding(). */
  private holders: (() => void)[] = [];

  use(service: MockService): this {
    this.services.push(service);
    return this;
  }

  /** Settles when an answer is next held back: a probe is then waiting on a slow service. */
  holding(): Promise<void> {
    return new Promise((resolve) => this.holders.push(resolve));
  }

  async start(port = 0): Promise<string> {
    const server = http.createServer((req, res) => void this.serve(req, res));
    server.keepAliveTimeout = 5_000;
    await listen(server, port);
    this.server = server;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.url;
  }

  /** How many lanes the server has opened: as many as probes were ever in flight on lanes at once. */
  get laneCount(): number {
    return this.lanes.size;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    const lanes = [...this.lanes.values()];
    this.lanes.clear();
    this.free.length = 0;
    // A listener closes once its connections have: those the HTTP server keeps alive end with closeAllConnections.
    const closed = [server, ...lanes.map((lane) => lane.listener)].map((s) => new Promise<void>((resolve) => s.close(() => resolve())));
    server.closeAllConnections();
    await Promise.all(closed);
  }

  /** Starts filing calls on the run's own port under a probe's token. */
  expect(token: string): void {
    this.tokens.add(token);
    this.calls.set(token, []);
  }

  /**
   * Starts filing calls under a probe's token, and every call on a lane of its own: resolves to the lane's
   * URL, the apiEndpoint to send the probe. The lane is the probe's until `take`. A free lane is reused; with
   * none free a new one opens (the pool grows to the most probes ever in flight at once).
   */
  async lane(token: string): Promise<string> {
    const lane = this.free.shift() ?? (await this.openLane());
    this.expect(token);
    lane.probe = token;
    this.laneOf.set(token, lane);
    return lane.url;
  }

  /**
   * The calls filed under a probe, which is answered: its token retires and its lane is free again.
   * `withUnattributed`: and the calls no probe owns (a log of every call, when no probe is ever sent).
   */
  take(token: string, withUnattributed = false): OutboundCall[] {
    const calls = this.calls.get(token) ?? [];
    this.calls.delete(token);
    this.tokens.delete(token);
    this.retire(token);
    const lane = this.laneOf.get(token);
    if (lane) {
      this.laneOf.delete(token);
      delete lane.probe;
      lane.used = true;
      if (this.lanes.has(portOf(lane.url))) this.free.push(lane);
    }
    if (withUnattributed && this.unattributed.length > 0) calls.push(...this.unattributed.splice(0));
    return calls;
  }

  private async openLane(): Promise<Lane> {
    const server = this.server;
    if (!server) throw new Error('the mock server is not started');
    // Each lane hands its connections to the one HTTP server, which then serves, keeps alive and closes them all alike.
    const listener = net.createServer((socket) => server.emit('connection', socket));
    await listen(listener, 0);
    const port = (listener.address() as AddressInfo).port;
    const lane: Lane = { url: `http://127.0.0.1:${port}`, listener, used: false };
    this.lanes.set(port, lane);
    return lane;
  }

  private retire(token: string): void {
    this.retired.add(token);
    // A long run retires many tokens; the oldest are the least likely to come back.
    if (this.retired.size > MAX_RETIRED) this.retired.delete(this.retired.values().next().value as string);
  }

  /**
   * Where a call goes: a probe's list, the late ones, or the unattributed ones. The token of a probe in flight
   * names its probe wherever the call arrives (a skill that kept an earlier request's apiEndpoint then has its call
   * judged, by ISP-ENDPOINT, under the request it serves); a call with no such token belongs to its lane's probe.
   */
  private fileOf(lane: Lane | undefined, token: string | undefined, probe: boolean): OutboundCall[] {
    const own = probe && token !== undefined ? this.calls.get(token) : undefined;
    if (own) return own;
    if (token !== undefined && this.retired.has(token)) return this.late;
    if (lane) return (lane.probe === undefined ? undefined : this.calls.get(lane.probe)) ?? (lane.used ? this.late : this.unattributed);
    return this.unattributed;
  }

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
    const lane = this.lanes.get(req.socket.localPort ?? 0);
    // The call's URL names the port it reached: ISP-ENDPOINT compares it with the apiEndpoint the probe was sent.
    const url = new URL(req.url ?? '/', lane?.url ?? this.url);
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
    this.fileOf(lane, token, probe).push(call);
    for (const kept of [this.late, this.unattributed]) if (kept.length > MAX_RETIRED) kept.splice(0, kept.length - MAX_RETIRED);
    const send = (): void => {
      if (res.destroyed) return;
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    };
    if (!answer.delayMs) return send();
    setTimeout(send, answer.delayMs).unref();
    for (const held of this.holders.splice(0)) held();
  }
}

const portOf = (url: string): number => Number(new URL(url).port);

const listen = (server: net.Server, port: number): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
