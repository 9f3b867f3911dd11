import { KEEP, type RequirementTally } from '../report/tally.js';
import type { ReportedViolation } from '../types/index.js';
import type { ClientCase } from './cases.js';
import { CLIENT_CHECKS } from '../requirements/registry.js';

/** The calls of a case as evidence: enough to see what was sent and answered, nothing of the harness's own. */
function outbound(c: ClientCase): unknown[] {
  return [
    ...c.payCalls.map(({ method, url, status, body, answer, broke, fault }) => ({ method, url, status, body, answer, ...(broke ? { broke } : {}), ...(fault ? { fault } : {}) })),
    ...c.bwpCalls.map(({ method, url, status, body, answer, broke, fault }) => ({ method, url, status, body, answer, ...(broke ? { broke } : {}), ...(fault ? { fault } : {}) })),
    ...c.blocked.map((b) => ({ ...b, blocked: true })),
  ];
}

/** Tallies every client check over the cases: probes are the cases a requirement judged. */
export function judgeCases(cases: readonly ClientCase[], replay: string): Map<string, RequirementTally> {
  const tallies = new Map<string, RequirementTally>();
  for (const check of CLIENT_CHECKS) {
    const tally: RequirementTally = { probes: 0, count: 0, violations: [] };
    tallies.set(check.id, tally);
    for (const c of cases) {
      if (!check.applies(c)) continue;
      tally.probes++;
      for (const problem of check.problems(c)) {
        tally.count++;
        if (tally.violations.length >= KEEP) continue;
        const violation: ReportedViolation = {
          message: problem.message,
          scenario: c.label,
          case: `${c.family}#${c.index}`,
          request: c.steps.map((s) => ({ op: s.op, input: s.input })),
          response: c.steps.map((s) => ({ op: s.op, outcome: s.outcome, tookEffect: s.effect })),
          outbound: outbound(c),
          replay,
        };
        tally.violations.push(violation);
      }
    }
  }
  return tallies;
}
