import type { PayCall, PayRule } from '../../mocks/pay/core.js';
import { carries, stepPayCalls, type ClientCase } from '../cases.js';
import type { ClientCheck, ClientProblem } from './types.js';

/** The requirement each refusal of the Amazon Pay mock counts against. */
const RULES: Readonly<Record<PayRule, string>> = {
  endpoint: 'PAY-ENDPOINT',
  auth: 'PAY-ENDPOINT',
  body: 'PAY-BODY',
  'order-id': 'PAY-ORDER-ID',
  'order-unknown': 'PAY-ORDER-KNOWN',
  carrier: 'PAY-CARRIER',
  'tracking-reused': 'PAY-TRACKING-ONCE',
};

const tracks = (c: ClientCase): boolean => c.steps.some((s) => s.op === 'createDeliveryTracker');

const reasonOf = (call: PayCall): string => {
  const answer = call.answer as { reasonCode?: string; message?: string } | undefined;
  return `${answer?.reasonCode ?? ''}: ${answer?.message ?? ''}`;
};

const describePayCall = (call: PayCall): string => `${call.method} ${new URL(call.url).pathname} was answered ${call.status} ${reasonOf(call)}`;

/** A rule the mock enforces: every call it refused for that rule is a violation. */
function refusals(id: string): ClientCheck {
  return {
    id,
    applies: tracks,
    problems: (c) => {
      const refused: ClientProblem[] = c.payCalls.filter((call) => call.broke !== undefined && RULES[call.broke] === id).map((call) => ({ message: describePayCall(call) }));
      if (id === 'PAY-ENDPOINT') refused.push(...c.blocked.map((b) => ({ message: `${b.method} ${b.url}: a host other than ctx.pay.baseUrl (stopped)` })));
      return refused;
    },
  };
}

/**
 * PAY-ERRORS: a resolved createDeliveryTracker left a tracker for every shipment; one that rejected after an
 * injected 400 says which reasonCode.
 */
const errors: ClientCheck = {
  id: 'PAY-ERRORS',
  applies: tracks,
  problems: (c) =>
    c.steps.flatMap((step): ClientProblem[] => {
      if (step.op !== 'createDeliveryTracker') return [];
      const calls = stepPayCalls(c, step);
      const last = calls.at(-1);
      if (step.outcome.resolved && !step.effect)
        return [{ message: `createDeliveryTracker resolved, but Amazon Pay holds no tracker for every shipment${last ? ` (the last call ${describePayCall(last)})` : ' (no call reached Amazon Pay)'}` }];
      const injected = calls.find((call) => call.fault !== undefined && call.status === 400);
      const code = (injected?.answer as { reasonCode?: string } | undefined)?.reasonCode;
      if (!step.outcome.resolved && code !== undefined && !carries(step.outcome, code))
        return [{ message: `createDeliveryTracker rejected without the reasonCode ${code} Amazon Pay answered (it said "${step.outcome.error.message}")` }];
      return [];
    }),
};

export const payChecks: readonly ClientCheck[] = [
  refusals('PAY-ENDPOINT'),
  refusals('PAY-BODY'),
  refusals('PAY-ORDER-ID'),
  refusals('PAY-ORDER-KNOWN'),
  refusals('PAY-CARRIER'),
  refusals('PAY-TRACKING-ONCE'),
  errors,
];
