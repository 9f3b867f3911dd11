/** A call the skill made to a mock Amazon API while answering one request. */
export interface OutboundCall {
  method: string;
  /** The URL as the skill sent it (host included). */
  url: string;
  headers: Record<string, string>;
  /** HTTP status the mock answered, absent when the call never reached a mock. */
  status?: number;
  /** true when the call went to a host other than the mock and was stopped there. */
  blocked?: boolean;
  /** The fault the mock injected for this call, if any. */
  fault?: string;
  /** The mock's answer body, for checks that judge what the skill did with it. */
  answer?: unknown;
}

/** A call the skill made with no request in flight: while its module loaded, or after it had answered. */
export interface StrayCall {
  call: OutboundCall;
  /** Made while the skill's module loaded (before the thread was ready). */
  loading: boolean;
}

/**
 * One request sent to the skill and what came back. Checks read exchanges; they never see the transport.
 * `body` is the parsed JSON answer; `error` says why there is none (a throw, a timeout, not JSON, too large).
 */
export interface Exchange {
  request: unknown;
  /** HTTP status (endpoints); handlers that resolve are reported as 200, and a throw has none. */
  status?: number;
  body?: unknown;
  /** The answer's text when it was not JSON (first 2,000 characters). */
  raw?: string;
  /** Size of the answer body in bytes (for a handler, of its JSON serialization). */
  bytes: number;
  error?: string;
  timedOut?: boolean;
  /** true when the request was never sent, because the target had already stopped answering: nothing to judge. */
  notSent?: boolean;
  ms: number;
  outbound: OutboundCall[];
  /** The HTTP request headers sent (endpoints), when a probe set headers of its own (request verification). */
  headers?: Record<string, string>;
  /** In process: what the handler wrote to its console while answering (capped). */
  console?: string;
}

export interface SendOptions {
  timeoutMs: number;
  /** The exact bytes to send instead of the envelope's JSON (a signature covers the bytes). Endpoints only. */
  body?: string;
  /** Extra HTTP request headers (SignatureCertChainUrl, Signature-256). Endpoints only. */
  headers?: Record<string, string>;
}

/** A skill under test. Targets send; they never judge. */
export interface Target {
  readonly kind: 'handler' | 'endpoint' | 'reference';
  /** The handler file and export, or the endpoint URL, as given. */
  readonly location: string;
  /** How many requests may be in flight at once. */
  readonly concurrency: number;
  /** What the report says about how the target was reached (a plain http:// endpoint, --insecure). */
  readonly notes?: readonly string[];
  send(envelope: unknown, options: SendOptions): Promise<Exchange>;
  /** The calls made with no request in flight since the last time they were taken (in-process targets only). */
  takeStrayCalls?(): StrayCall[];
  close(): Promise<void>;
}

/** Most answer text kept when an answer is not JSON. */
export const RAW_LIMIT = 2_000;
/** Most answer bytes read from an endpoint; more is a finding, not a crash. */
export const BODY_LIMIT = 1024 * 1024;
