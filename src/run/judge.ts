import { CHECKS } from '../checks/registry.js';
import type { CheckContext, Entry, Trace } from '../checks/types.js';
import type { ReportedViolation } from '../types/index.js';
import type { Reproducer } from './reproduce.js';

/** One requirement's share of a family: how many entries it judged, how many problems, and the first few in full. */
export interface RequirementTally {
  probes: number;
  count: number;
  violations: ReportedViolation[];
}

/** Violations kept in full per requirement; the count says how many there were. */
export const KEEP = 3;

export type Selection = (id: string) => boolean;

type Evidence = Pick<ReportedViolation, 'request' | 'response' | 'status' | 'headers' | 'error' | 'outbound'>;

function evidence(entry: Entry): Evidence {
  const { exchange } = entry;
  const out: Evidence = {
    request: exchange.request,
    response: exchange.body ?? exchange.raw ?? null,
  };
  if (exchange.status !== undefined) out.status = exchange.status;
  if (exchange.headers !== undefined) out.headers = exchange.headers;
  if (exchange.error !== undefined) out.error = exchange.error;
  if (exchange.outbound.length > 0) out.outbound = exchange.outbound;
  return out;
}

/** Request-verification probes are refused by design: only the SEC-* checks judge them. */
const judges = (id: string, entry: Entry): boolean => (entry.role === 'security') === id.startsWith('SEC-');

/** The violations of one trace, by requirement, each with its evidence and reproduction. */
export function judgeTrace(
  trace: Trace,
  ctx: CheckContext,
  selected: Selection,
  reproduce: Reproducer,
  into: Map<string, RequirementTally>,
): void {
  for (const check of CHECKS) {
    if (!selected(check.id)) continue;
    trace.entries.forEach((entry, at) => {
      if (entry.exchange.notSent || !judges(check.id, entry) || !check.applies(entry, trace, ctx)) return;
      let tally = into.get(check.id);
      if (!tally) into.set(check.id, (tally = { probes: 0, count: 0, violations: [] }));
      tally.probes++;
      for (const problem of check.problems(entry, trace, ctx, at)) {
        tally.count++;
        if (tally.violations.length >= KEEP) continue;
        const other = problem.compareAt === undefined ? undefined : trace.entries[problem.compareAt];
        const violation: ReportedViolation = {
          message: problem.message,
          scenario: entry.label,
          case: trace.caseId,
          ...evidence(entry),
          replay: reproduce.replay(check.id, trace.caseId),
        };
        if (other) violation.compare = { label: other.label, request: other.exchange.request, response: other.exchange.body ?? other.exchange.raw ?? null };
        tally.violations.push(violation);
      }
    });
  }
}

/** Whether a trace violates one requirement (the shrinking predicate). */
export function violates(trace: Trace, ctx: CheckContext, id: string): boolean {
  const check = CHECKS.find((c) => c.id === id);
  return !!check && trace.entries.some((entry, at) => !entry.exchange.notSent && judges(id, entry) && check.applies(entry, trace, ctx) && check.problems(entry, trace, ctx, at).length > 0);
}
