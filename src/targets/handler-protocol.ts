import type { OutboundCall } from './exchange.js';

/** What the host passes the thread at start. */
export interface ThreadSetup {
  file: string;
  exportName: string;
}

/** One request; the thread queues it behind the request it is running, if any (one at a time, like a Lambda container). */
export interface ThreadRequest {
  id: number;
  event: unknown;
  timeoutMs: number;
}

export type ThreadReply =
  | { type: 'ready' }
  | { type: 'load-error'; message: string }
  /** Request `id` is answered; the thread starts the next request it holds at once. */
  | { type: 'result'; id: number; json?: string; error?: string }
  /**
   * A call nock stopped: made while request `id` was running, or with no request running (`id` absent), then
   * either while the module loaded (`loading`) or after a request had been answered.
   */
  | { type: 'blocked'; call: OutboundCall; id?: number; loading: boolean }
  /** What the handler wrote to stdout or stderr (console.* included) while request `id` was running. */
  | { type: 'console'; id: number; text: string };
