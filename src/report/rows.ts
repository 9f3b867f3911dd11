import type { RequirementTally } from '../run/judge.js';
import { areaOf } from '../schema/catalog.js';
import type { LevelTally, ReportedViolation, Requirement, RequirementResult } from '../types/index.js';

export type Levels = Record<'MUST' | 'SHOULD', LevelTally>;

export const emptyLevels = (): Levels => ({
  MUST: { pass: 0, fail: 0, 'not-applicable': 0 },
  SHOULD: { pass: 0, fail: 0, 'not-applicable': 0 },
});

/** A requirement's row of report.json from its tally: the status follows from the counts. */
export function requirementRow(req: Requirement, tally: RequirementTally, violations: ReportedViolation[]): RequirementResult {
  const row: RequirementResult = {
    id: req.id,
    level: req.level,
    title: req.title,
    area: areaOf(req.id),
    source: req.source,
    status: tally.count > 0 ? 'fail' : tally.probes > 0 ? 'pass' : 'not-applicable',
    probes: tally.probes,
    violations,
  };
  if (tally.count > 0) row.violationCount = tally.count;
  return row;
}

/** Whether the rows fail the run: a MUST violation, or a SHOULD one under --strict. */
export const failing = (levels: Levels, strict: boolean): boolean => levels.MUST.fail > 0 || (strict && levels.SHOULD.fail > 0);
