import { FAMILIES } from '../scenarios/families.js';
import { familiesOf, isClientRequirement } from '../requirements/registry.js';
import { requirements } from '../requirements/catalog.js';
import type { FamilyResult } from './tally.js';
import type { RequirementTally } from './tally.js';
import { KEEP } from './tally.js';
import { curlOf, type Reproducer } from './reproduce.js';
import type { ConformanceReport, ReportedViolation, RequirementResult } from '../types/index.js';
import { notApplicableNote } from './notes.js';
import { redact } from './redact.js';
import { emptyLevels, failing, requirementRow } from './rows.js';
import { statusOf } from './verdict.js';

export const TOOL_VERSION = '0.1.0';

export interface ReportInput {
  results: readonly FamilyResult[];
  target: ConformanceReport['target'];
  seed: number;
  startedAt: Date;
  durationMs: number;
  options: { runs: number; strict: boolean; timeoutMs: number; only?: string[]; locales?: string[] };
  /** Tasks the config declares actions for. */
  declaredTasks: readonly string[];
  selected: (id: string) => boolean;
  caseId?: string;
  secrets?: readonly string[];
  reproduce: Reproducer;
  /** The shard this partial report covers (`run --shard i/n`). */
  shard?: { current: number; total: number };
  /** Why the run judged less than it should have; the verdict is then fail. */
  incomplete?: readonly string[];
  /** How the requests were made, where the reader must know it (no interaction model, ...). */
  notes?: readonly string[];
}

/** The scenario families that judge a requirement. */
const judgedBy = (id: string): string[] => FAMILIES.filter((f) => familiesOf(id).includes(f.name)).map((f) => f.name);

/** Whether any family that judges a requirement ran here (in a shard, the others ran elsewhere). */
const ranHere = (id: string, results: readonly FamilyResult[]): boolean => judgedBy(id).some((name) => results.some((r) => r.family === name));

/** Violations in order, each finding once: the same message about the same response from another scenario is named under `alsoIn`. */
export function once(violations: readonly ReportedViolation[]): ReportedViolation[] {
  const kept: ReportedViolation[] = [];
  for (const v of violations) {
    const same = kept.find((k) => k.message === v.message && JSON.stringify(k.response) === JSON.stringify(v.response));
    if (!same) kept.push({ ...v });
    // Every merged violation is named, so the listed entries account for each problem they stand for.
    else if (same.scenario !== v.scenario || same.case !== v.case) same.alsoIn = [...(same.alsoIn ?? []), `${v.scenario}${v.case ? ` (${v.case})` : ''}`];
  }
  return kept;
}

/** Adds one family's tally of a requirement to the running total, keeping violations in family order. */
function add(total: RequirementTally, part: RequirementTally): RequirementTally {
  const sum: RequirementTally = { probes: total.probes + part.probes, count: total.count + part.count, violations: once([...total.violations, ...part.violations]).slice(0, KEEP) };
  const unjudged = (total.unjudged ?? 0) + (part.unjudged ?? 0);
  if (unjudged > 0) sum.unjudged = unjudged;
  return sum;
}

/** report.json from the families' results: the same whether they ran in one process or across Playwright shards. */
export function buildReport(input: ReportInput): ConformanceReport {
  const levels = emptyLevels();
  // The commerce-client requirements (PAY-*, BWP-*) are the client verb's report, not the skill's.
  const catalog = requirements().filter((req) => !isClientRequirement(req.id));
  const rows = catalog.map((req): RequirementResult => {
    let tally: RequirementTally | undefined;
    for (const result of input.results) {
      const part = result.requirements[req.id];
      if (part) tally = add(tally ?? { probes: 0, count: 0, violations: [] }, part);
    }
    const verdict = statusOf(req.id, tally, { declaredTasks: input.declaredTasks, ...(input.caseId ? { caseId: input.caseId } : {}) });
    const row = requirementRow(
      req,
      verdict,
      tally ?? { probes: 0, count: 0, violations: [] },
      (tally?.violations ?? []).map((v) => {
        const clean = redact(v, input.secrets);
        return { ...clean, ...curlOf(input.reproduce, clean) };
      }),
    );
    if (input.shard && !ranHere(req.id, input.results)) {
      row.note = `not judged in this shard: ${judgedBy(req.id).join(', ')} ran in another; merge-reports gives the run's result`;
    } else if (!input.selected(req.id)) {
      row.status = 'not-applicable';
      row.note = notApplicableNote(req.id, { results: input.results, selected: input.selected, only: input.options.only, caseId: input.caseId });
    } else if (verdict.note) {
      row.note = verdict.note;
    } else if (row.status === 'not-applicable') {
      row.note = notApplicableNote(req.id, { results: input.results, selected: input.selected, only: input.options.only, caseId: input.caseId });
    }
    levels[req.level][row.status]++;
    return row;
  });
  const incomplete = input.incomplete?.length ? [...input.incomplete] : undefined;
  const control = input.results.find((r) => r.control)?.control;
  const failed = failing(levels, input.options.strict) || incomplete !== undefined;
  const report: ConformanceReport = {
    tool: { name: 'alexa-shopping-conformance', version: TOOL_VERSION },
    target: input.target,
    seed: input.seed,
    startedAt: input.startedAt.toISOString(),
    durationMs: Math.round(input.durationMs),
    options: {
      runs: input.options.runs,
      strict: input.options.strict,
      timeoutMs: input.options.timeoutMs,
      ...(input.options.only ? { only: input.options.only } : {}),
      ...(input.options.locales ? { locales: input.options.locales } : {}),
    },
    ...(input.shard ? { shard: input.shard } : {}),
    ...(incomplete ? { incomplete } : {}),
    ...(input.notes?.length ? { notes: [...input.notes] } : {}),
    ...(control ? { security: { control } } : {}),
    requirements: rows,
    summary: { probes: input.results.reduce((n, r) => n + r.probes, 0), verdict: failed ? 'fail' : 'pass', MUST: levels.MUST, SHOULD: levels.SHOULD },
  };
  return report;
}
