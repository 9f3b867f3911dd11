import type { BwpCall } from '../mocks/bwp/core.js';
import type { PayCall } from '../mocks/pay/core.js';
import type { AdapterOperation } from './adapter.js';

/** How an adapter operation ended. */
export type Outcome =
  | { resolved: true; value: unknown; ms: number }
  | { resolved: false; error: { message: string; code?: string; reasonCode?: string }; ms: number; timedOut?: boolean };

/** A call the client made to a host other than the mocks, stopped there. */
export interface BlockedCall {
  method: string;
  url: string;
}

/** One adapter operation of a case: its input, how it ended, and whether it took effect in the mock's books. */
export interface ClientStep {
  op: AdapterOperation;
  input: unknown;
  outcome: Outcome;
  /** Whether the mock holds what a resolved operation promises (trackers, preview, order, state). */
  effect: boolean;
  /** The step's calls: indexes into the case's payCalls and bwpCalls (concurrent steps share the case's). */
  pay: [number, number];
  bwp: [number, number];
}

/** One generated case of a scenario family: what the harness asked of the adapter, and every call it made. */
export interface ClientCase {
  family: string;
  /** Which case of the family (0-based); with the seed and runs, it reproduces the case. */
  index: number;
  label: string;
  steps: ClientStep[];
  payCalls: PayCall[];
  bwpCalls: BwpCall[];
  blocked: BlockedCall[];
  /** What the harness arranged, for the checks (the cart, the fault injected, ...). */
  facts: Record<string, unknown>;
}

export const stepPayCalls = (c: ClientCase, s: ClientStep): PayCall[] => c.payCalls.slice(s.pay[0], s.pay[1]);
export const stepBwpCalls = (c: ClientCase, s: ClientStep): BwpCall[] => c.bwpCalls.slice(s.bwp[0], s.bwp[1]);

/** Whether a rejection carries a service code, as `code`, `reasonCode`, or in its message. */
export function carries(outcome: Outcome, code: string): boolean {
  if (outcome.resolved) return false;
  const { error } = outcome;
  return error.code === code || error.reasonCode === code || error.message.includes(code);
}
