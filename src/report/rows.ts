import type { RequirementTally } from './tally.js';
import { areaOf, requirementCatalog } from '../requirements/catalog.js';
import type { Verdict } from './verdict.js';
import type { LevelTally, ReportedViolation, Requirement, RequirementResult, RequirementSource } from '../types/index.js';

export type Levels = Record<'MUST' | 'SHOULD', LevelTally>;

export const emptyLevels = (): Levels => ({
  MUST: { pass: 0, fail: 0, 'not-applicable': 0 },
  SHOULD: { pass: 0, fail: 0, 'not-applicable': 0 },
});

/** Where a source is read: the page's address, with the section's anchor where the page has one. */
export function sourceUrl(source: RequirementSource): string | undefined {
  const page = requirementCatalog().pages?.[source.page];
  if (!page) return undefined;
  const anchor = page.anchors?.[source.section];
  return anchor ? `${page.url}#${anchor}` : page.url;
}

/** The row's provenance: the source with its link, and whether the page says it or the suite infers it. */
function provenance(req: Requirement): Pick<RequirementResult, 'source' | 'basis' | 'quote' | 'inference'> {
  const url = sourceUrl(req.source);
  return {
    source: url ? { ...req.source, url } : { ...req.source },
    basis: req.basis,
    ...(req.basis === 'documented' && req.quote ? { quote: req.quote } : {}),
    ...(req.basis === 'inferred' && req.inference ? { inference: req.inference } : {}),
  };
}

/** A requirement's row of report.json: the status as `statusOf` decided it, the counts from the tally. */
export function requirementRow(req: Requirement, verdict: Verdict, tally: RequirementTally, violations: ReportedViolation[]): RequirementResult {
  const row: RequirementResult = {
    id: req.id,
    level: req.level,
    title: req.title,
    area: areaOf(req.id),
    ...provenance(req),
    status: verdict.status,
    probes: tally.probes,
    violations: verdict.status === 'fail' ? violations : [],
  };
  if (verdict.status === 'fail' && tally.count > 0) row.violationCount = tally.count;
  return row;
}

/** Whether the rows fail the run: a MUST violation, or a SHOULD one under --strict. */
export const failing = (levels: Levels, strict: boolean): boolean => levels.MUST.fail > 0 || (strict && levels.SHOULD.fail > 0);
