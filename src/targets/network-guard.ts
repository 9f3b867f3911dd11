/**
 * Keeps a handler thread's traffic on this machine: every TCP connection the skill opens (node:http, node:https,
 * fetch, a raw socket) to a host other than loopback, where the mock Amazon APIs listen, fails before it looks the
 * host up or connects, as a network that cannot be reached (ENETUNREACH). Each HTTP request to such a host is told
 * to `onBlocked` with its method, URL and headers: node:http's from the request the socket was opened for,
 * fetch's from undici's diagnostics channel.
 *
 * It patches net.Socket's connect instead of intercepting requests (as nock does): a skill's calls to the mocks
 * then cost what any loopback request costs, and a run of the ISP family about half the CPU it cost under nock.
 */
import { subscribe } from 'node:diagnostics_channel';
import net from 'node:net';
import type { OutboundCall } from './exchange.js';

const LOOPBACK_HOST = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/;

/** Whether a host (no port) is this machine's loopback. */
const isLoopback = (host: string): boolean => LOOPBACK_HOST.test(host);

/** The host a connect call names: `connect(options)`, `connect(port, host)`, or the arguments Node normalized; undefined for a pipe. */
function hostOf(args: unknown[]): string | undefined {
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  if (first !== null && typeof first === 'object') {
    const options = first as { host?: unknown; path?: unknown };
    if (options.path) return undefined;
    return typeof options.host === 'string' && options.host ? options.host : 'localhost';
  }
  if (typeof first === 'string' && Number.isNaN(Number(first))) return undefined;
  return typeof args[1] === 'string' && args[1] ? args[1] : 'localhost';
}

/** undici gives headers as a flat [name, value, ...] array (or, in older versions, one "name: value\r\n" string). */
function undiciHeaders(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) out[String(headers[i]).toLowerCase()] = String(headers[i + 1]);
  } else if (typeof headers === 'string') {
    for (const line of headers.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) out[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return out;
}

interface HttpRequest {
  method: string;
  protocol: string;
  host: string;
  path: string;
  getHeaders(): Record<string, unknown>;
}

interface UndiciRequest {
  method: string;
  origin: string;
  path: string;
  headers: unknown;
}

/**
 * Refuses every connection off loopback from now on in this thread, and tells each HTTP request to another host.
 * `teller` is asked when the call is made (so that it can note which request of the skill's is running then) and
 * returns where to tell the call once it is known whole.
 */
export function guardNetwork(teller: () => (call: OutboundCall) => void): void {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]): net.Socket {
    const host = hostOf(args);
    if (host === undefined || isLoopback(host)) return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
    const tell = teller();
    const error = Object.assign(new Error(`connect ENETUNREACH ${host}: only loopback, where the mock Amazon APIs listen, is reachable`), { code: 'ENETUNREACH', syscall: 'connect' });
    // What is written meanwhile waits, as on any connection under way; by the next turn node:http has given the
    // socket its request, whose method, URL and headers are then complete.
    (this as { connecting: boolean }).connecting = true;
    setImmediate(() => {
      const request = (this as { _httpMessage?: HttpRequest })._httpMessage;
      if (request) tell(httpCall(request));
      this.destroy(error);
    });
    return this;
  } as typeof net.Socket.prototype.connect;

  // fetch (undici) names its request when it makes it, before it asks for a connection.
  subscribe('undici:request:create', (message) => {
    const request = (message as { request: UndiciRequest }).request;
    let url: URL;
    try {
      url = new URL(request.path, request.origin);
    } catch {
      return;
    }
    if (isLoopback(url.hostname)) return;
    teller()({ method: request.method, url: url.href, headers: undiciHeaders(request.headers), blocked: true });
  });
}

function httpCall(request: HttpRequest): OutboundCall {
  const headers = Object.fromEntries(Object.entries(request.getHeaders()).map(([k, v]) => [k.toLowerCase(), String(v)]));
  return { method: request.method, url: `${request.protocol}//${headers['host'] ?? request.host}${request.path}`, headers, blocked: true };
}
