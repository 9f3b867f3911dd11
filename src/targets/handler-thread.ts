/**
 * Runs inside a worker thread: loads the skill's Lambda-style handler and invokes it for the host
 * (handler.ts), one request at a time like a Lambda container. A thread, not the host's own event loop,
 * so that a handler that throws asynchronously, loops forever or never calls back becomes a finding
 * instead of a crashed or hung suite. The host may post the next request before the one running is
 * answered: it waits here and starts the moment that one is answered, with no round trip in between.
 */
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { ThreadReply, ThreadRequest, ThreadSetup } from './handler-protocol.js';
import { guardNetwork } from './network-guard.js';

const port = parentPort;
if (!port) throw new Error('handler-thread.js runs as a worker thread');
const setup = workerData as ThreadSetup;
const post = (message: ThreadReply): void => port.postMessage(message);

/** The request running (one at a time), whose console output and blocked calls the host files beside its exchange. */
let current: number | undefined;
/** Whether the module has loaded: a call before that is the module's own, made for no request. */
let loaded = false;
/** Requests posted while another was running, in the order posted. */
const queued: ThreadRequest[] = [];

// Nothing the skill calls may leave the machine: loopback (where the mock Amazon APIs listen) only. The thread
// knows which request is running when a call is made, so the host need not guess whose call a blocked one was.
guardNetwork(() => {
  const id = current;
  const loading = !loaded;
  return (call) => post({ type: 'blocked', call, ...(id === undefined ? {} : { id }), loading });
});

/**
 * The skill's own words: everything written to stdout or stderr (console.log, console.error, ...) goes
 * to the host tagged with the request in flight, so that a crash an ErrorHandler hides behind "Sorry"
 * shows up beside the finding. Output with no request in flight (module load, late timers) is dropped.
 */
for (const stream of [process.stdout, process.stderr]) {
  stream.write = ((chunk: unknown, encoding?: unknown, done?: unknown): boolean => {
    const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk);
    if (current !== undefined && text) post({ type: 'console', id: current, text });
    const callback = typeof encoding === 'function' ? encoding : typeof done === 'function' ? done : undefined;
    if (callback) (callback as () => void)();
    return true;
  }) as typeof stream.write;
}

type LambdaHandler = (event: unknown, context: unknown, callback: (error: unknown, result?: unknown) => void) => unknown;

async function load(): Promise<LambdaHandler | undefined> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(setup.file).href)) as Record<string, unknown>;
  } catch (err) {
    post({ type: 'load-error', message: `cannot load ${setup.file}: ${err instanceof Error ? err.message : String(err)}` });
    return undefined;
  }
  const fromDefault = (mod['default'] as Record<string, unknown> | undefined)?.[setup.exportName];
  const fn = mod[setup.exportName] ?? fromDefault;
  if (typeof fn !== 'function') {
    const names = [...new Set([...Object.keys(mod), ...Object.keys((mod['default'] as object | undefined) ?? {})])].filter((n) => n !== 'default');
    post({
      type: 'load-error',
      message: `${setup.file} does not export a function named "${setup.exportName}" (it exports: ${names.join(', ') || 'nothing'})`,
    });
    return undefined;
  }
  return fn as LambdaHandler;
}

function lambdaContext(timeoutMs: number): Record<string, unknown> {
  const deadline = Date.now() + timeoutMs;
  const requestId = randomUUID();
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'alexa-shopping-conformance-target',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:alexa-shopping-conformance-target',
    memoryLimitInMB: '128',
    awsRequestId: requestId,
    logGroupName: '/aws/lambda/alexa-shopping-conformance-target',
    logStreamName: requestId,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    succeed: () => undefined,
    fail: () => undefined,
  };
}

const describe = (err: unknown): string =>
  err instanceof Error ? `${err.name}: ${err.message}` : typeof err === 'string' ? err : JSON.stringify(err) ?? String(err);

/** Invokes the handler the way Lambda does: a returned promise or the callback, whichever comes first. */
function invoke(fn: LambdaHandler, request: ThreadRequest): void {
  let answered = false;
  current = request.id;
  const answer = (outcome: { result?: unknown; error?: string }): void => {
    if (answered) return;
    answered = true;
    current = undefined;
    // The next request starts once this answer is posted, so that its clock (kept by the host) starts after it.
    queueMicrotask(next);
    if (outcome.error !== undefined) return post({ type: 'result', id: request.id, error: outcome.error });
    if (outcome.result === undefined) return post({ type: 'result', id: request.id, error: 'the handler answered undefined' });
    let json: string | undefined;
    try {
      json = JSON.stringify(outcome.result);
    } catch (err) {
      return post({ type: 'result', id: request.id, error: `the handler's answer cannot be serialized as JSON: ${describe(err)}` });
    }
    post({ type: 'result', id: request.id, json });
  };
  const callback = (error: unknown, result?: unknown): void =>
    answer(error ? { error: `the handler called back with an error: ${describe(error)}` } : { result });
  try {
    const returned = fn(request.event, lambdaContext(request.timeoutMs), callback);
    if (returned && typeof (returned as PromiseLike<unknown>).then === 'function') {
      (returned as Promise<unknown>).then(
        (result) => answer({ result }),
        (err: unknown) => answer({ error: `the handler rejected: ${describe(err)}` }),
      );
    }
  } catch (err) {
    answer({ error: `the handler threw: ${describe(err)}` });
  }
}

let handler: LambdaHandler | undefined;

function next(): void {
  if (current !== undefined || !handler) return;
  const request = queued.shift();
  if (request) invoke(handler, request);
}

handler = await load();
if (handler) {
  // The host posts several requests in one message when this thread is busy: one wake-up instead of many.
  port.on('message', (requests: ThreadRequest[]) => {
    queued.push(...requests);
    next();
  });
  loaded = true;
  post({ type: 'ready' });
}
