import type { Part } from '../report/part-attachments.js';
import { redact } from '../report/redact.js';
import type { FamilyResult } from '../report/tally.js';
import { failsRun, statusOf } from '../report/verdict.js';
import { requirement } from '../requirements/catalog.js';
import type { Target } from '../targets/exchange.js';
import { runMeta } from './family-part.js';
import type { RunOptions } from './options.js';

/** One requirement's step in a test: its title, and what fails the test (a MUST, or a SHOULD with --strict) or warns. */
interface UnitStep {
  title: string;
  failure?: string;
  warning?: string;
}

/** What a test reports of its unit: the part it attaches for the certification reporter and a step per requirement; or why it could not run. */
export type UnitOutcome = { part: Part; steps: UnitStep[] } | { error: string };

/**
 * A unit's result as its test reports it. Everything that leaves the run (the part, the messages JUnit keeps) is
 * redacted here, once. A step fails exactly when report.json's row fails at MUST (or at SHOULD with --strict).
 */
export function outcomeOf(result: FamilyResult, options: RunOptions, target: Pick<Target, 'kind' | 'location' | 'notes'>, share?: number): UnitOutcome {
  const { requirements, ...facts } = result;
  const part: Part = redact({ run: runMeta(options, target), result: facts, requirements, ...(share === undefined ? {} : { share }) }, options.config.secrets ?? []);
  const verdictFacts = { declaredTasks: part.run.declaredTasks, ...(part.run.caseId ? { caseId: part.run.caseId } : {}) };
  const steps = Object.entries(part.requirements).map(([id, tally]): UnitStep => {
    const title = `${id} (${tally.probes} probes)`;
    const verdict = statusOf(id, tally, verdictFacts);
    if (verdict.status !== 'fail') return { title };
    const level = requirement(id)?.level ?? 'MUST';
    const found = tally.count > 0 ? `${tally.count} problem(s)` : (verdict.note ?? 'failed');
    const messages = tally.violations.map((v) => `  ${v.scenario}: ${v.message}\n    replay: ${v.replay}`).join('\n');
    if (!failsRun(verdict.status, level, options.strict)) return { title, warning: `${id} (SHOULD): ${found}\n${messages}` };
    return { title, failure: `${id} (${level}): ${found}\n${messages}` };
  });
  return { part, steps };
}
