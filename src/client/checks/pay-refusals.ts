/**
 * What the Amazon Pay mock refused, by the PAY-* requirement each refusal counts against: the check of a rule the
 * mock enforces (src/requirements/pay/) is built here from its id.
 */
import type { PayCall, PayRule } from '../../mocks/pay/core.js';
import type { ClientCase } from '../cases.js';
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

/** The case creates a delivery tracker. */
export const tracks = (c: ClientCase): boolean => c.steps.some((s) => s.op === 'createDeliveryTracker');

const reasonOf = (call: PayCall): string => {
  const answer = call.answer as { reasonCode?: string; message?: string } | undefined;
  return `${answer?.reasonCode ?? ''}: ${answer?.message ?? ''}`;
};

export const describePayCall = (call: PayCall): string => `${call.method} ${new URL(call.url).pathname} was answered ${call.status} ${reasonOf(call)}`;

/** The check of a rule the mock enforces: every call it refused for that rule is a violation. */
export function refusedFor(id: string): Omit<ClientCheck, 'id'> {
  return {
    applies: tracks,
    problems: (c) => {
      const refused: ClientProblem[] = c.payCalls.filter((call) => call.broke !== undefined && RULES[call.broke] === id).map((call) => ({ message: describePayCall(call) }));
      if (id === 'PAY-ENDPOINT') refused.push(...c.blocked.map((b) => ({ message: `${b.method} ${b.url}: a host other than ctx.pay.baseUrl (stopped)` })));
      return refused;
    },
  };
}
