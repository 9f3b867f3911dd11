import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { BadInput } from '../bad-input.js';
import { packageRoot } from '../schema/paths.js';
import { parseAnswer } from './answer.js';
import type { Exchange, OutboundCall, SendOptions, StrayCall, Target } from './exchange.js';
import type { ThreadReply, ThreadSetup } from './handler-protocol.js';

interface Pending {
  resolve: (exchange: Exchange) => void;
  request: unknown;
  started: number;
  timer: NodeJS.Timeout;
  outbound: OutboundCall[];
  worker: Worker;
  /** The handler's console output so far, at most CONSOLE_LIMIT characters. */
  console: string;
  consoleCut: number;
}

/** Console output kept per exchange: enough for a stack trace, not a flood. */
export const CONSOLE_LIMIT = 4096;

/** The compiled thread script: workers cannot run TypeScript, so this always comes from dist/. */
const threadScript = (): string => join(packageRoot(), 'dist', 'src', 'targets', 'handler-thread.js');

/**
 * A Lambda-style handler (CommonJS or ESM; promise or callback), loaded in-process in a worker thread.
 * One request at a time: a timed-out request ends the thread (it may be stuck in a loop), and the next
 * request starts a fresh one, so no request is blamed for another's hang.
 */
export class HandlerTarget implements Target {
  readonly concurrency = 1;
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Whether a thread ever loaded the handler: after that, a thread that fails is the skill failing during the run, not loading. */
  private loadedOnce = false;
  /** Whether the current thread has loaded the handler: a call before that is made by the module loading. */
  private threadReady = false;
  /** Calls blocked while no request was in flight, until taken: findings of their own. */
  private strayCalls: StrayCall[] = [];

  constructor(
    private readonly setup: ThreadSetup,
    readonly kind: 'handler' | 'reference' = 'handler',
    readonly location = `${setup.file}#${setup.exportName}`,
  ) {}

  /** Parses `<file>[#export]`, checks the file exists; loading happens on start(). */
  static fromSpec(spec: string, cwd = process.cwd()): HandlerTarget {
    const hash = spec.lastIndexOf('#');
    const file = resolve(cwd, hash > 0 ? spec.slice(0, hash) : spec);
    const exportName = hash > 0 ? spec.slice(hash + 1) : 'handler';
    if (!existsSync(file)) throw new BadInput(`handler file ${file} does not exist`);
    if (!exportName) throw new BadInput(`"${spec}" names an empty export`);
    return new HandlerTarget({ file, exportName }, 'handler', spec);
  }

  /** Loads the handler; rejects with a BadInput that says why in one line. */
  start(): Promise<void> {
    if (this.ready) return this.ready;
    const script = threadScript();
    if (!existsSync(script)) return Promise.reject(new BadInput(`${script} is missing: run \`npm run build\``));
    const worker = new Worker(script, { workerData: this.setup, stdout: true, stderr: true });
    // The skill's own logging must not interleave with the runner's output.
    worker.stdout.resume();
    worker.stderr.resume();
    this.worker = worker;
    this.threadReady = false;
    this.ready = new Promise<void>((resolveReady, rejectReady) => {
      worker.on('message', (reply: ThreadReply) => {
        if (reply.type === 'ready') {
          this.loadedOnce = true;
          if (this.worker === worker) this.threadReady = true;
          resolveReady();
        }
        else if (reply.type === 'load-error') rejectReady(new BadInput(reply.message));
        else if (reply.type === 'blocked') this.onBlocked(reply.call);
        else if (reply.type === 'console') this.onConsole(reply.id, reply.text);
        else this.onResult(reply.id, reply.json, reply.error);
      });
      worker.on('error', (err) => {
        rejectReady(
          this.loadedOnce
            ? new Error(`the handler crashed its process while starting again after an earlier failure: ${err.name}: ${err.message}`)
            : new BadInput(`loading the handler crashed: ${err.message}`),
        );
        if (this.worker === worker) this.reset();
        this.failAll(worker, `the handler crashed its process: ${err.name}: ${err.message}`);
      });
      worker.on('exit', () => {
        if (this.worker === worker) this.reset();
        this.failAll(worker, 'the handler process exited');
      });
    });
    return this.ready;
  }

  async send(envelope: unknown, { timeoutMs }: SendOptions): Promise<Exchange> {
    const started0 = performance.now();
    try {
      await this.start();
    } catch (err) {
      // The handler loaded before: its thread failing now is a finding about this request, not bad input.
      if (!this.loadedOnce) throw err;
      return { request: envelope, bytes: 0, ms: performance.now() - started0, outbound: [], error: err instanceof Error ? err.message : String(err) };
    }
    const worker = this.worker;
    if (!worker) throw new Error('handler thread missing after start');
    const id = this.nextId++;
    const started = performance.now();
    return new Promise<Exchange>((resolveExchange) => {
      const timer = setTimeout(() => {
        this.finish(id, { bytes: 0, timedOut: true, error: `no answer within ${timeoutMs} ms` });
        // The thread may be stuck; a fresh one serves the next request.
        this.reset();
        void worker.terminate();
      }, timeoutMs);
      this.pending.set(id, { resolve: resolveExchange, request: envelope, started, timer, outbound: [], worker, console: '', consoleCut: 0 });
      worker.postMessage({ id, event: envelope, timeoutMs });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.reset();
    if (!worker) return;
    this.failAll(worker, 'the target was closed');
    await worker.terminate();
  }

  private reset(): void {
    this.worker = undefined;
    this.ready = undefined;
  }

  takeStrayCalls(): StrayCall[] {
    const taken = this.strayCalls;
    this.strayCalls = [];
    return taken;
  }

  private onBlocked(call: OutboundCall): void {
    const inFlight = [...this.pending.values()];
    if (inFlight.length === 1) inFlight[0]?.outbound.push(call);
    else this.strayCalls.push({ call, loading: !this.threadReady });
  }

  private onConsole(id: number, text: string): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    const room = CONSOLE_LIMIT - entry.console.length;
    entry.console += text.slice(0, Math.max(0, room));
    entry.consoleCut += Math.max(0, text.length - room);
  }

  private onResult(id: number, json: string | undefined, error: string | undefined): void {
    if (json === undefined) return this.finish(id, { status: undefined, bytes: 0, error });
    this.finish(id, { status: 200, bytes: Buffer.byteLength(json), ...parseAnswer(json) });
  }

  private finish(id: number, outcome: Partial<Exchange> & { bytes: number }): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    clearTimeout(entry.timer);
    const console = entry.consoleCut > 0 ? `${entry.console}\n… (${entry.consoleCut} more characters)` : entry.console;
    entry.resolve({ request: entry.request, ms: performance.now() - entry.started, outbound: entry.outbound, ...(console ? { console } : {}), ...outcome });
  }

  private failAll(worker: Worker, error: string): void {
    for (const [id, entry] of [...this.pending]) if (entry.worker === worker) this.finish(id, { bytes: 0, error });
  }
}
