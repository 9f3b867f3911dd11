/**
 * Hand-built cases of one requirement's check: each a trace (or a client case) and whether the check fires on it.
 * A requirement's cases live in tests/requirements/<area>/<file>.cases.ts, beside its module
 * src/requirements/<area>/<file>.ts; tests/requirement-cases.spec.ts runs them all.
 */
import type { CheckContext, Trace } from '../../src/checks/types.js';
import type { ClientCase } from '../../src/client/cases.js';

export interface SkillCheckCase {
  name: string;
  trace: Trace;
  ctx?: CheckContext;
  /** Whether the check finds a problem at some entry of the trace. */
  fires: boolean;
  /** When it fires: a problem's message matches this. */
  message?: RegExp;
}

export interface ClientCheckCase {
  name: string;
  case: ClientCase;
  fires: boolean;
  message?: RegExp;
}

export type CheckCases = { kind: 'skill'; cases: readonly SkillCheckCase[] } | { kind: 'client'; cases: readonly ClientCheckCase[] };

export const skillCases = (cases: readonly SkillCheckCase[]): CheckCases => ({ kind: 'skill', cases });
export const clientCases = (cases: readonly ClientCheckCase[]): CheckCases => ({ kind: 'client', cases });
