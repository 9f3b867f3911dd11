import { CHECKS, isProhibition } from '../requirements/registry.js';
import type { CheckContext, Entry, Trace } from '../checks/types.js';
import type { ReportedViolation } from '../types/index.js';
import type { Reproducer } from '../report/reproduce.js';
import { KEEP, type RequirementTally } from '../report/tally.js';


export type Selection = (id: string) => boolean;

type Evidence = Pick<ReportedViolation, 'request' | 'response' | 'status' | 'headers' | 'error' | 'outbound' | 'console'>;

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
  if (exchange.console) out.console = exchange.console;
  return out;
}

/** Request-verification probes are refused by design: only the SEC-* checks judge them. */
const judges = (id: string, entry: Entry): boolean => (entry.role === 'security') === id.startsWith('SEC-');

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether a check would have judged an entry had the skill answered at all: the entry with the least
 * answer Alexa accepts in place of the crash, the timeout or the garbage. RSP-* judge the failure itself; a
 * requirement that forbids something (its module says `prohibition`) takes no crash as evidence against it.
 */
function meantFor(check: (typeof CHECKS)[number], entry: Entry, trace: Trace, ctx: CheckContext): boolean {
  // A request-verification probe is meant to be refused: its checks judge every answer they apply to themselves.
  if (check.id.startsWith('RSP-') || isProhibition(check.id) || isObject(entry.exchange.body) || entry.role === 'security') return false;
  const { error: _error, timedOut: _timedOut, raw: _raw, ...sent } = entry.exchange;
  const answered: Entry = { ...entry, exchange: { ...sent, status: 200, body: { version: '1.0', response: {} } } };
  return check.applies(answered, trace, ctx);
}

/** What became of a request that got no JSON object back, in one phrase. */
function why(entry: Entry): string {
  const { exchange } = entry;
  if (exchange.timedOut) return 'no answer within the timeout';
  if (exchange.error) return exchange.error;
  if (exchange.status !== undefined && exchange.status !== 200) return `HTTP ${exchange.status}`;
  return 'the answer is not a JSON object';
}

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
      if (entry.exchange.notSent || !judges(check.id, entry)) return;
      const applies = check.applies(entry, trace, ctx);
      const unanswered = !applies && meantFor(check, entry, trace, ctx);
      if (!applies && !unanswered) return;
      let tally = into.get(check.id);
      if (!tally) into.set(check.id, (tally = { probes: 0, count: 0, violations: [] }));
      tally.probes++;
      if (unanswered) tally.unjudged = (tally.unjudged ?? 0) + 1;
      const problems = unanswered ? [{ message: `sent, but the skill gave no response to judge: ${why(entry)}` }] : check.problems(entry, trace, ctx, at);
      for (const problem of problems) {
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
        if (tally.violations.length === 0 && entry.exchange.timedOut) tally.firstTimedOut = true;
        tally.violations.push(violation);
      }
    });
  }
}

/** Whether a trace violates one requirement (the shrinking predicate). */
export function violates(trace: Trace, ctx: CheckContext, id: string): boolean {
  const check = CHECKS.find((c) => c.id === id);
  return (
    !!check &&
    trace.entries.some((entry, at) =>
      entry.exchange.notSent || !judges(id, entry) ? false : check.applies(entry, trace, ctx) ? check.problems(entry, trace, ctx, at).length > 0 : meantFor(check, entry, trace, ctx),
    )
  );
}
