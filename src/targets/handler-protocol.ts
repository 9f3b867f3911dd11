import type { OutboundCall } from './exchange.js';

/** What the host passes the thread at start. */
export interface ThreadSetup {
  file: string;
  exportName: string;
}

export interface ThreadRequest {
  id: number;
  event: unknown;
  timeoutMs: number;
}

export type ThreadReply =
  | { type: 'ready' }
  | { type: 'load-error'; message: string }
  | { type: 'result'; id: number; json?: string; error?: string }
  | { type: 'blocked'; call: OutboundCall }
  /** What the handler wrote to stdout or stderr (console.* included) while request `id` was in flight. */
  | { type: 'console'; id: number; text: string };
