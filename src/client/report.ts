import { TOOL_VERSION } from '../report/build.js';
import { redact } from '../report/redact.js';
import type { RequirementTally } from '../report/tally.js';
import { requirements } from '../requirements/catalog.js';
import { emptyLevels, failing, requirementRow } from '../report/rows.js';
import { statusOf } from '../report/verdict.js';
import type { ConformanceReport, RequirementResult } from '../types/index.js';
import { isClientRequirement } from '../requirements/registry.js';

export interface ClientReportInput {
  tallies: ReadonlyMap<string, RequirementTally>;
  location: string;
  seed: number;
  runs: number;
  strict: boolean;
  timeoutMs: number;
  startedAt: Date;
  durationMs: number;
  /** Calls the client made (to the mocks, or stopped on their way elsewhere). */
  calls: number;
  /** Why a requirement nobody judged is not applicable, by id (an operation the adapter lacks). */
  notes: ReadonlyMap<string, string>;
  secrets: readonly string[];
}

/** report.json of a client run: the PAY-* and BWP-* rows of the catalog, in the format of `run`'s (target kind "client"). */
export function buildClientReport(input: ClientReportInput): ConformanceReport {
  const levels = emptyLevels();
  const rows = requirements()
    .filter((r) => isClientRequirement(r.id))
    .map((req): RequirementResult => {
      const tally = input.tallies.get(req.id) ?? { probes: 0, count: 0, violations: [] };
      const row = requirementRow(req, statusOf(req.id, tally, { declaredTasks: [] }), tally, tally.violations.map((v) => redact(v, input.secrets)));
      if (row.status === 'not-applicable') row.note = input.notes.get(req.id) ?? 'not probed: no case of this run reached what this requirement judges';
      levels[req.level][row.status]++;
      return row;
    });
  const failed = failing(levels, input.strict);
  return {
    tool: { name: 'alexa-shopping-conformance', version: TOOL_VERSION },
    target: { kind: 'client', location: input.location },
    seed: input.seed,
    startedAt: input.startedAt.toISOString(),
    durationMs: Math.round(input.durationMs),
    options: { runs: input.runs, strict: input.strict, timeoutMs: input.timeoutMs },
    requirements: rows,
    summary: { probes: input.calls, verdict: failed ? 'fail' : 'pass', MUST: levels.MUST, SHOULD: levels.SHOULD },
  };
}
