import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { BadInput } from '../bad-input.js';
import { packageRoot } from '../schema/paths.js';
import { parseAnswer } from './answer.js';
import type { Exchange, OutboundCall, SendOptions, StrayCall, Target } from './exchange.js';
import { Container } from './handler-container.js';
import type { ThreadReply, ThreadSetup } from './handler-protocol.js';
import { UserAffinity, userOf } from './user-affinity.js';

interface Pending {
  resolve: (exchange: Exchange) => void;
  request: unknown;
  user: string | undefined;
  timeoutMs: number;
  /** When send() was called: a request that never ran reports its wait. */
  sent: number;
  /** When its thread started it: the clock of its timeout and of the exchange's `ms`. */
  started?: number;
  timer?: NodeJS.Timeout;
  container?: Container;
  outbound: OutboundCall[];
  /** The handler's console output so far, at most CONSOLE_LIMIT characters. */
  console: string;
  consoleCut: number;
}

export interface HandlerOptions {
  /** Most threads ("containers") the handler runs in at once; DEFAULT_THREADS unless given. */
  threads?: number;
  /** Requests the prober may keep in flight per thread: the thread holds the next one ready while it runs one. */
  pipeline?: number;
}

/** Console output kept per exchange: enough for a stack trace, not a flood. */
export const CONSOLE_LIMIT = 4096;
/**
 * Threads when not given: as many as the machine runs at once, at least two (one may wait on a slow call while
 * the other serves) and at most four. Each costs a load and a JIT of its own: on two cores four threads cost a run
 * about a second of CPU more than two, with no wall time won.
 */
const DEFAULT_THREADS = Math.min(4, Math.max(2, availableParallelism()));
const DEFAULT_PIPELINE = 2;
/** How long a thread's request must have run before the pool counts the thread as waiting (its queue then gets nothing new). */
const WAITING_MS = 50;

/** The compiled thread script: workers cannot run TypeScript, so this always comes from dist/. */
const threadScript = (): string => join(packageRoot(), 'dist', 'src', 'targets', 'handler-thread.js');

/**
 * A Lambda-style handler (CommonJS or ESM; promise or callback), loaded in-process and served the way
 * Lambda serves it: by up to `threads` worker threads ("containers"), each running one request at a time.
 * A thread is added when a request comes and none is idle, and a user's requests stay in the thread that
 * served the user first, so module state kept per user behaves as in one container. A timed-out request
 * ends its thread (it may be stuck in a loop); the requests queued behind it never started and go to
 * another thread, so no request is blamed for another's hang.
 */
export class HandlerTarget implements Target {
  private readonly threads: number;
  private readonly inFlight: number;
  /** Requests a thread holds before it takes a new customer's: the one it runs and the next. */
  private readonly pipeline: number;
  /** Requests sent that no thread holds yet, in the order sent. */
  private backlog: number[] = [];
  /** Whether a request has timed out: see `concurrency`. */
  private hung = false;
  private readonly containers: Container[] = [];
  private ready: Promise<void> | undefined;
  private nextId = 1;
  private serials = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly users = new UserAffinity<Container>();
  /** Whether a thread ever loaded the handler: after that, a thread that fails is the skill failing during the run, not loading. */
  private loadedOnce = false;
  /** Calls blocked while no request was running, until taken: findings of their own. */
  private strayCalls: StrayCall[] = [];
  private closed = false;

  constructor(
    private readonly setup: ThreadSetup,
    readonly kind: 'handler' | 'reference' = 'handler',
    readonly location = `${setup.file}#${setup.exportName}`,
    { threads = DEFAULT_THREADS, pipeline = DEFAULT_PIPELINE }: HandlerOptions = {},
  ) {
    this.threads = Math.max(1, Math.floor(threads));
    this.pipeline = Math.max(1, Math.floor(pipeline));
    this.inFlight = this.threads * this.pipeline;
  }

  /**
   * How many requests the prober may keep in flight: every thread busy with one and holding the next. Once a
   * request has timed out, one: a skill that hung once hangs again, and each hang costs a thread and a fresh
   * thread's load, so such a skill is probed as it was with a single thread, a hang at a time.
   */
  get concurrency(): number {
    return this.hung ? 1 : this.inFlight;
  }

  /** Parses `<file>[#export]`, checks the file exists; loading happens on start(). */
  static fromSpec(spec: string, cwd = process.cwd(), options: HandlerOptions = {}): HandlerTarget {
    const hash = spec.lastIndexOf('#');
    const file = resolve(cwd, hash > 0 ? spec.slice(0, hash) : spec);
    const exportName = hash > 0 ? spec.slice(hash + 1) : 'handler';
    if (!existsSync(file)) throw new BadInput(`handler file ${file} does not exist`);
    if (!exportName) throw new BadInput(`"${spec}" names an empty export`);
    return new HandlerTarget({ file, exportName }, 'handler', spec, options);
  }

  /** Loads the handler in a first thread; rejects with a BadInput that says why in one line. */
  start(): Promise<void> {
    if (this.ready) return this.ready;
    const script = threadScript();
    if (!existsSync(script)) return Promise.reject(new BadInput(`${script} is missing: run \`npm run build\``));
    this.closed = false;
    const first = this.spawn();
    this.ready = new Promise<void>((resolveReady, rejectReady) => {
      first.onStart = (failure) => (failure ? rejectReady(failure) : resolveReady());
    });
    // A failed start is told once, to whoever awaits it; the next start() tries again.
    this.ready.catch(() => (this.ready = undefined));
    return this.ready;
  }

  async send(envelope: unknown, { timeoutMs }: SendOptions): Promise<Exchange> {
    const sent = performance.now();
    // A target closed and used again starts afresh, as it did with one thread.
    if (!this.loadedOnce || this.closed) await this.start();
    return new Promise<Exchange>((resolveExchange) => {
      const id = this.nextId++;
      const entry: Pending = { resolve: resolveExchange, request: envelope, user: userOf(envelope), timeoutMs, sent, outbound: [], console: '', consoleCut: 0 };
      this.pending.set(id, entry);
      this.assign(id, entry);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.ready = undefined;
    for (const id of this.backlog.splice(0)) this.finish(id, { bytes: 0, error: 'the target was closed' });
    const ending = this.containers.splice(0).map((container) => {
      this.failQueue(container, 'the target was closed');
      return container.end();
    });
    await Promise.all(ending);
  }

  takeStrayCalls(): StrayCall[] {
    const taken = this.strayCalls;
    this.strayCalls = [];
    return taken;
  }

  /** A new thread; the first of the target (serial 0) decides whether the handler loads at all. */
  private spawn(): Container {
    const container: Container = new Container(threadScript(), this.setup, this.serials++, {
      reply: (from, reply) => this.onReply(from, reply),
      died: (from, reason, crash, loading) => {
        const starting = container.onStart;
        container.onStart = undefined;
        if (!loading) return this.onDied(from, reason);
        const why = crash ? `${crash.name}: ${crash.message}` : 'it exited';
        starting?.(this.loadedOnce ? new Error(`the handler crashed its process while starting again after an earlier failure: ${why}`) : new BadInput(`loading the handler crashed: ${crash?.message ?? why}`));
        // A thread that cannot load again fails the requests it held: another would fail the same way.
        this.retire(from);
        this.failQueue(from, `the handler crashed its process while starting again after an earlier failure: ${why}`);
        this.pump();
      },
    });
    this.containers.push(container);
    return container;
  }

  /**
   * The thread for a request now, or none yet: the user's own while it lives; else an idle thread; else a new one
   * while the pool is below its size (a cold start, as Lambda scales out); else the working thread with the shortest
   * queue that has room (fewer than `pipeline`). A waiting thread (see isWaiting) takes no new user: what it would
   * hold waits with it.
   */
  private containerFor(user: string | undefined): Container | undefined {
    const own = user === undefined ? undefined : this.users.get(user);
    // The user's requests run in their thread whatever it holds: waiting here would not let them run anywhere sooner.
    if (own && own.state !== 'dead') return own;
    let chosen: Container | undefined;
    for (const c of this.containers) {
      if (c.state === 'ready' && c.queue.length === 0) {
        chosen = c;
        break;
      }
    }
    if (!chosen && this.containers.length < this.threads) chosen = this.spawn();
    if (!chosen) {
      for (const c of this.containers) if (c.queue.length < this.pipeline && !this.isWaiting(c) && (!chosen || c.queue.length < chosen.queue.length)) chosen = c;
    }
    if (chosen && user !== undefined) this.users.set(user, chosen);
    return chosen;
  }

  /**
   * Whether a thread is waiting rather than working: loaded and running a request that has run for WAITING_MS or
   * more (a slow call of its own, a timer), or gone: a request queued there would wait with it.
   */
  private isWaiting(c: Container): boolean {
    if (c.state === 'dead') return true;
    if (c.state === 'loading') return false;
    const running = c.queue[0] === undefined ? undefined : this.pending.get(c.queue[0]);
    return running?.started !== undefined && performance.now() - running.started >= WAITING_MS;
  }

  private assign(id: number, entry: Pending): void {
    if (this.closed) return this.finish(id, { bytes: 0, error: 'the target was closed' });
    this.backlog.push(id);
    this.pump();
  }

  /**
   * Hands the requests no thread holds yet to threads, in the order sent. A request is given to a thread only
   * when the thread has room (the one it runs and the next), so it waits here rather than behind a request that
   * turns out slow, and goes to whichever thread frees first.
   */
  private pump(): void {
    if (this.backlog.length === 0) return;
    const kept: number[] = [];
    for (const id of this.backlog) {
      const entry = this.pending.get(id);
      if (!entry) continue;
      const container = this.containerFor(entry.user);
      if (!container) {
        kept.push(id);
        continue;
      }
      entry.container = container;
      container.post({ id, event: entry.request, timeoutMs: entry.timeoutMs });
      if (container.state === 'ready' && container.queue.length === 1) this.begin(id);
    }
    this.backlog = kept;
  }

  /** The thread starts request `id` now: its timeout and its `ms` count from here, not from when it was queued. */
  private begin(id: number): void {
    const entry = this.pending.get(id);
    if (!entry || entry.started !== undefined) return;
    entry.started = performance.now();
    entry.timer = setTimeout(() => this.timeOut(id), entry.timeoutMs);
  }

  private timeOut(id: number): void {
    const entry = this.pending.get(id);
    const container = entry?.container;
    if (!entry || !container) return;
    this.hung = true;
    this.finish(id, { bytes: 0, timedOut: true, error: `no answer within ${entry.timeoutMs} ms` });
    // The thread may be stuck: it ends, and what it held but never started runs elsewhere.
    this.retire(container);
    void container.end();
    this.reassign(container);
  }

  private onReply(container: Container, reply: ThreadReply): void {
    switch (reply.type) {
      case 'ready': {
        this.loadedOnce = true;
        const starting = container.onStart;
        if (starting) {
          container.onStart = undefined;
          starting(undefined);
        }
        const head = container.queue[0];
        if (head !== undefined) this.begin(head);
        return;
      }
      case 'load-error': {
        const starting = container.onStart;
        if (starting) {
          container.onStart = undefined;
          starting(new BadInput(reply.message));
        }
        // The handler loaded before: its failing to load again is a finding about the requests this thread held.
        this.retire(container);
        this.failQueue(container, reply.message);
        void container.end();
        this.pump();
        return;
      }
      case 'blocked':
        return this.onBlocked(container, reply.call, reply.id, reply.loading);
      case 'console':
        return this.onConsole(reply.id, reply.text);
      case 'result': {
        const at = container.queue.indexOf(reply.id);
        if (at >= 0) container.queue.splice(at, 1);
        if (reply.json === undefined) this.finish(reply.id, { status: undefined, bytes: 0, error: reply.error });
        else this.finish(reply.id, Object.assign({ status: 200, bytes: Buffer.byteLength(reply.json) }, parseAnswer(reply.json)));
        const head = container.queue[0];
        if (head !== undefined) this.begin(head);
        this.pump();
        return;
      }
    }
  }

  /** A thread crashed or exited: the request it was running fails with the reason; the ones queued behind it never started. */
  private onDied(container: Container, reason: string): void {
    this.retire(container);
    const [running, ...rest] = container.queue.splice(0);
    if (running !== undefined) this.finish(running, { bytes: 0, error: reason });
    this.requeue(rest);
  }

  private reassign(container: Container): void {
    this.requeue(container.queue.splice(0));
  }

  /** Requests a thread held and never started go back to the front of the backlog, in order; one it started cannot run twice. */
  private requeue(ids: readonly number[]): void {
    const again: number[] = [];
    for (const id of ids) {
      const entry = this.pending.get(id);
      if (entry && entry.started === undefined) again.push(id);
      else if (entry) this.finish(id, { bytes: 0, error: 'the handler process exited' });
    }
    this.backlog.unshift(...again);
    this.pump();
  }

  private failQueue(container: Container, error: string): void {
    for (const id of container.queue.splice(0)) this.finish(id, { bytes: 0, error });
  }

  private retire(container: Container): void {
    const at = this.containers.indexOf(container);
    if (at >= 0) this.containers.splice(at, 1);
    if (container.state !== 'dead') container.state = 'dead';
    if (this.containers.length === 0 && this.loadedOnce) this.ready = undefined;
  }

  private onBlocked(container: Container, call: OutboundCall, id: number | undefined, loading: boolean): void {
    const entry = id === undefined ? undefined : this.pending.get(id);
    if (entry) entry.outbound.push(call);
    // Every thread loads the same module: its calls at load are recorded once, from the target's first thread.
    else if (!loading || container.serial === 0) this.strayCalls.push({ call, loading });
  }

  private onConsole(id: number, text: string): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    const room = CONSOLE_LIMIT - entry.console.length;
    entry.console += text.slice(0, Math.max(0, room));
    entry.consoleCut += Math.max(0, text.length - room);
  }

  private finish(id: number, outcome: Partial<Exchange> & { bytes: number }): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    clearTimeout(entry.timer);
    const console = entry.consoleCut > 0 ? `${entry.console}\n… (${entry.consoleCut} more characters)` : entry.console;
    const ms = performance.now() - (entry.started ?? entry.sent);
    // Built by assignment, not spread: spreading objects of varying shape cost a probe a few microseconds.
    const exchange = { request: entry.request, ms, outbound: entry.outbound } as Exchange;
    if (console) exchange.console = console;
    entry.resolve(Object.assign(exchange, outcome));
  }
}
