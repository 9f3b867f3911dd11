import type { AdapterOperation, CommerceAdapter } from './adapter.js';
import type { ClientCase, ClientStep, Outcome } from './cases.js';
import type { ClientEnv } from './env.js';

/** How long an operation may take before the harness gives up on it (and aborts ctx.signal). */
export const OPERATION_TIMEOUT_MS = 10_000;

/**
 * How late the mocks' slow answers come in a client run: past the few hundred milliseconds a client may
 * budget for a call, well inside the operation's time limit (a client that waits gets the answer).
 */
export const CLIENT_SLOW_MS = 3_000;

export interface StepPlan {
  op: AdapterOperation;
  input: unknown;
  /** Whether the mock holds what the operation, resolving with `value`, promised. */
  effect: (value: unknown) => boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function rejection(error: unknown, ms: number, timedOut = false): Outcome {
  const out: { message: string; code?: string; reasonCode?: string } = { message: error instanceof Error ? error.message : String(error) };
  if (isRecord(error) && typeof error['code'] === 'string') out.code = error['code'];
  if (isRecord(error) && typeof error['reasonCode'] === 'string') out.reasonCode = error['reasonCode'];
  return { resolved: false, error: out, ms, ...(timedOut ? { timedOut } : {}) };
}

/** Calls one adapter operation with the case's context and a time limit; never throws. */
async function invoke(adapter: CommerceAdapter, env: ClientEnv, index: number, plan: StepPlan, timeoutMs: number): Promise<Outcome> {
  const operation = adapter[plan.op] as ((input: unknown, ctx: unknown) => Promise<unknown>) | undefined;
  const controller = new AbortController();
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(Object.assign(new Error(`${plan.op} did not settle within ${timeoutMs} ms`), { timedOut: true }));
    }, timeoutMs);
  });
  try {
    if (!operation) throw new Error(`the adapter has no ${plan.op}`);
    const value = await Promise.race([Promise.resolve().then(() => operation.call(adapter, plan.input, env.context(index, controller.signal))), timeout]);
    return { resolved: true, value, ms: performance.now() - started };
  } catch (error) {
    return rejection(error, performance.now() - started, isRecord(error) && error['timedOut'] === true);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs operations of one case side by side (one alone, usually); each step's window of calls is the whole batch's. */
export async function runSteps(adapter: CommerceAdapter, env: ClientEnv, c: ClientCase, base: { pay: number; bwp: number }, plans: StepPlan[], timeoutMs = OPERATION_TIMEOUT_MS): Promise<ClientStep[]> {
  const pay0 = env.pay.calls.length - base.pay;
  const bwp0 = env.bwp.calls.length - base.bwp;
  const outcomes = await Promise.all(plans.map((plan) => invoke(adapter, env, c.index, plan, timeoutMs)));
  const steps = plans.map((plan, i): ClientStep => {
    const outcome = outcomes[i]!;
    return {
      op: plan.op,
      input: plan.input,
      outcome,
      effect: outcome.resolved ? plan.effect(outcome.value) : false,
      pay: [pay0, env.pay.calls.length - base.pay],
      bwp: [bwp0, env.bwp.calls.length - base.bwp],
    };
  });
  c.steps.push(...steps);
  return steps;
}

/** Runs a case body, then files the calls it made (to the mocks, and stopped on the way out) under it. */
export async function recordCase(env: ClientEnv, family: string, index: number, facts: Record<string, unknown>, body: (c: ClientCase, base: { pay: number; bwp: number }) => Promise<void>): Promise<ClientCase> {
  const base = { pay: env.pay.calls.length, bwp: env.bwp.calls.length };
  const blocked = env.blocked.length;
  const c: ClientCase = { family, index, label: `${family} #${index}`, steps: [], payCalls: [], bwpCalls: [], blocked: [], facts };
  await body(c, base);
  env.pay.clearFaults();
  env.store.clearFaults();
  c.payCalls = env.pay.calls.slice(base.pay);
  c.bwpCalls = env.bwp.calls.slice(base.bwp);
  c.blocked = env.blocked.slice(blocked);
  return c;
}
