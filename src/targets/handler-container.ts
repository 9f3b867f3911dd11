import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { ThreadReply, ThreadRequest, ThreadSetup } from './handler-protocol.js';

/** What a container tells the pool that owns it. */
export interface ContainerEvents {
  reply(container: Container, reply: ThreadReply): void;
  /** The thread is gone by itself: crashed (`error`) or exited, while `loading` its module or after. Called once. */
  died(container: Container, reason: string, crash: Error | undefined, loading: boolean): void;
}

/**
 * The nursery of each thread's heap. Every thread is a V8 isolate with a heap of its own, and V8's default
 * nursery, times four threads, put the peak RSS of a --runs 10000 run at 454 MiB (346 MiB with one thread);
 * at 4 MiB it is 368 MiB, with no throughput lost that the bench can tell. Objects outgrowing it move to the
 * old generation, which stays unlimited: a skill is never stopped for its memory.
 */
const YOUNG_GENERATION_MB = 4;

/** Flags that say what the host process itself runs (`node --input-type=module -e ...`): a thread given them fails to start. */
const EVAL_FLAGS = new Set(['-e', '--eval', '-p', '--print']);

/** The host's Node flags a thread keeps (--enable-source-maps, --import hooks, ...): all but the eval flags and their code. */
export function threadExecArgv(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i] as string;
    if (EVAL_FLAGS.has(flag)) i++;
    else if (!flag.startsWith('--input-type') && !/^--(eval|print)=/.test(flag)) kept.push(flag);
  }
  return kept;
}

/**
 * The host's flags a thread is started with: threadExecArgv(), less those a worker thread refuses. Node refuses
 * V8's own flags (--max-old-space-size, --stack-size, ...) and per-process ones in a thread's execArgv, and says
 * which in the error; they hold for the whole process anyway. Learned at the first thread, kept for the rest.
 */
let threadFlags: string[] | undefined;

function startWorker(script: string, options: Omit<WorkerOptions, 'execArgv'>): Worker {
  const flags = (threadFlags ??= threadExecArgv(process.execArgv));
  try {
    return new Worker(script, { ...options, execArgv: flags });
  } catch (err) {
    const { code, message } = err as NodeJS.ErrnoException;
    if (code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw err;
    // "Initiated Worker with invalid execArgv flags: --a, --b"
    const refused = new Set(message.slice(message.lastIndexOf(': ') + 2).split(', '));
    threadFlags = flags.filter((flag) => !refused.has(flag));
    return new Worker(script, { ...options, execArgv: threadFlags });
  }
}

/**
 * One worker thread that loads the handler and runs one request at a time, as a Lambda container does.
 * The pool posts requests as they come; the thread queues them and runs them in order, so `queue[0]` is the
 * request running once the container is ready.
 */
export class Container {
  state: 'loading' | 'ready' | 'dead' = 'loading';
  /** Ids of the requests posted and not yet answered, in the order posted. */
  readonly queue: number[] = [];
  /** Set on the thread start() waits for: told once whether the handler loaded. */
  onStart: ((failure: Error | undefined) => void) | undefined;
  private readonly worker: Worker;

  constructor(
    script: string,
    setup: ThreadSetup,
    /** 0 for the first thread the target started: the only one whose module-load calls are findings. */
    readonly serial: number,
    events: ContainerEvents,
  ) {
    const worker = startWorker(script, { workerData: setup, stdout: true, stderr: true, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    // The skill's own logging must not interleave with the runner's output.
    worker.stdout.resume();
    worker.stderr.resume();
    this.worker = worker;
    worker.on('message', (reply: ThreadReply) => {
      if (this.state === 'dead') return;
      if (reply.type === 'ready') this.state = 'ready';
      events.reply(this, reply);
    });
    const die = (reason: string, crash?: Error): void => {
      if (this.state === 'dead') return;
      const loading = this.state === 'loading';
      this.state = 'dead';
      events.died(this, reason, crash, loading);
    };
    worker.on('error', (err) => die(`the handler crashed its process: ${err.name}: ${err.message}`, err));
    worker.on('exit', () => die('the handler process exited'));
  }

  /** Requests waiting to be posted together, once this turn of the event loop is over. */
  private outbox: ThreadRequest[] = [];

  /**
   * An idle thread gets the request at once; a busy one cannot start it before its running request is
   * answered, so requests for it are gathered and posted in one message: a message costs the host far more
   * than its bytes.
   */
  post(request: ThreadRequest): void {
    this.queue.push(request.id);
    if (this.state === 'ready' && this.queue.length === 1) return this.worker.postMessage([request]);
    if (this.outbox.push(request) === 1) setImmediate(() => this.flush());
  }

  private flush(): void {
    const batch = this.outbox;
    this.outbox = [];
    if (this.state !== 'dead' && batch.length > 0) this.worker.postMessage(batch);
  }

  /** Ends the thread (it may be stuck in a loop); the pool is not told, it ended it. */
  end(): Promise<number> {
    this.state = 'dead';
    return this.worker.terminate();
  }
}
