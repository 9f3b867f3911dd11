/**
 * report.json, report.md and report.html from what a run's tests left: the certification reporter writes them
 * (reporters/certification.ts). When a run process probed (`alexa-shopping-conformance run`), it renders them, its
 * engine already loaded; `merge-reports` renders them in Playwright's own process.
 */
import { htmlReport } from '../report/html.js';
import { incompleteReasons, type FamilyOutcome } from '../report/incomplete.js';
import { markdownReport } from '../report/markdown.js';
import { familiesFromParts, type Part } from '../report/part-attachments.js';
import { shardsIn } from '../report/shards.js';
import { validate } from '../schema/ajv.js';
import type { ConformanceReport } from '../types/index.js';
import { reportOf } from './conformance.js';

/** What the certification reporter gathered, as JSON. */
export interface ReportInput {
  outcomes: FamilyOutcome[];
  /** Errors outside any test (a suite file that failed to load, say). */
  errors: string[];
  /** When Playwright started, ISO 8601. */
  startedAt: string;
  durationMs: number;
  /** This run is one shard of several. */
  shard?: { current: number; total: number };
  /** The config's metadata: merged shards name themselves there. */
  metadata: Record<string, unknown>;
}

export interface RenderedReport {
  report: ConformanceReport;
  markdown: string;
  html: string;
  /** Why report.json does not match schemas/report.schema.json, if it does not. */
  problem?: string;
}

/** The three reports, or undefined when no test attached a part (nothing was recorded). */
export function renderReport(input: ReportInput): RenderedReport | undefined {
  const parts = input.outcomes.flatMap((o): Part[] => (o.part ? [o.part] : []));
  const first = parts[0];
  if (!first) return undefined;
  const { shard } = input;
  // Merged shards report from the first shard's start to the last one's end.
  const report = reportOf(first.run, familiesFromParts(parts), { startedAt: new Date(input.startedAt), durationMs: input.durationMs }, {
    ...(shard ? { shard } : {}),
    incomplete: [...input.errors, ...incompleteReasons(input.outcomes, shard ? [] : shardsIn(input.metadata))],
  });
  const problems = validate('report', report);
  return {
    report,
    markdown: markdownReport(report),
    html: htmlReport(report),
    ...(problems.length ? { problem: `report.json does not match schemas/report.schema.json: ${JSON.stringify(problems[0])}` } : {}),
  };
}
