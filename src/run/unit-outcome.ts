import type { Part } from '../report/part-attachments.js';
import { GROUP_STEPS } from '../report/test-attachments.js';
import { redact } from '../report/redact.js';
import type { FamilyResult } from '../report/tally.js';
import { failsRun, statusOf } from '../report/verdict.js';
import { requirement } from '../requirements/catalog.js';
import type { Target } from '../targets/exchange.js';
import { runMeta } from './family-part.js';
import type { RunOptions } from './options.js';

/** A step in a test: a requirement that fails the test (a MUST, or a SHOULD with --strict) or warns, or a list of those that did neither. */
interface UnitStep {
  title: string;
  failure?: string;
  warning?: string;
}

/** What a test reports of its unit: the part it attaches for the certification reporter and its steps; or why it could not run. */
export type UnitOutcome = { part: Part; steps: UnitStep[] } | { error: string };

/**
 * A unit's result as its test reports it. Everything that leaves the run (the part, the messages JUnit keeps) is
 * redacted here, once. A requirement that fails in report.json (at any level) has a step of its own, which fails
 * exactly when the row fails the run (MUST, or SHOULD with --strict) and otherwise warns; the requirements that
 * passed, and those not applicable, are listed in one step each (a step costs Playwright a message each way).
 */
export function outcomeOf(result: FamilyResult, options: RunOptions, target: Pick<Target, 'kind' | 'location' | 'notes'>, share?: number): UnitOutcome {
  const { requirements, ...facts } = result;
  const part: Part = redact({ run: runMeta(options, target), result: facts, requirements, ...(share === undefined ? {} : { share }) }, options.config.secrets ?? []);
  const verdictFacts = { declaredTasks: part.run.declaredTasks, ...(part.run.caseId ? { caseId: part.run.caseId } : {}) };
  const flagged: UnitStep[] = [];
  const grouped: Record<(typeof GROUP_STEPS)[number], string[]> = { 'pass:': [], 'not-applicable:': [] };
  for (const [id, tally] of Object.entries(part.requirements)) {
    const title = `${id} (${tally.probes} probes)`;
    const verdict = statusOf(id, tally, verdictFacts);
    if (verdict.status !== 'fail') {
      grouped[verdict.status === 'pass' ? 'pass:' : 'not-applicable:'].push(title);
      continue;
    }
    const level = requirement(id)?.level ?? 'MUST';
    const found = tally.count > 0 ? `${tally.count} problem(s)` : (verdict.note ?? 'failed');
    const messages = tally.violations.map((v) => `  ${v.scenario}: ${v.message}\n    replay: ${v.replay}`).join('\n');
    if (!failsRun(verdict.status, level, options.strict)) flagged.push({ title, warning: `${id} (SHOULD): ${found}\n${messages}` });
    else flagged.push({ title, failure: `${id} (${level}): ${found}\n${messages}` });
  }
  const groups = GROUP_STEPS.flatMap((prefix) => (grouped[prefix].length > 0 ? [{ title: `${prefix} ${grouped[prefix].join(', ')}` }] : []));
  return { part, steps: [...flagged, ...groups] };
}
