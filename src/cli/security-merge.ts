import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { htmlReport } from '../report/html.js';
import { junitReport } from '../report/junit-requirements.js';
import { markdownReport } from '../report/markdown.js';
import { emptyLevels, failing } from '../report/rows.js';
import { exitOf } from '../report/exit.js';
import { validate } from '../schema/ajv.js';
import { NEEDS_UNSIGNED } from '../security/probes.js';
import type { ConformanceReport, RequirementResult } from '../types/index.js';
import { BadInput } from '../bad-input.js';

/** A request-verification run's report, with the folder it was read from (for the reader's messages). */
interface SecurityRun {
  dir: string;
  report: ConformanceReport;
}

function readRun(cwd: string, input: string): SecurityRun {
  const dir = resolve(cwd, input);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new BadInput(`${input} is not a folder`);
  const file = join(dir, 'report.json');
  if (!existsSync(file)) throw new BadInput(`${input} holds no report.json: give the --report folder of each run --security`);
  let report: unknown;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new BadInput(`${input}/report.json is not JSON (${(error as Error).message})`);
  }
  const problems = validate('report', report);
  if (problems.length) throw new BadInput(`${input}/report.json is not a report of this tool (${JSON.stringify(problems[0])})`);
  const run = report as ConformanceReport;
  if (!run.security) throw new BadInput(`${input}/report.json is not a request-verification run (run --security): it records no control request`);
  if (run.shard) throw new BadInput(`${input}/report.json is shard ${run.shard.current}/${run.shard.total} of a run: merge-reports its blob reports first`);
  if (run.security.control === 'both') throw new BadInput(`${input}/report.json is already a merged request-verification report`);
  return { dir: input, report: run };
}

/** Which run judges a requirement: the gated ids need the unsigned control accepted, the signature ids need it refused. */
const judgingRun = (id: string, on: SecurityRun, off: SecurityRun): SecurityRun => (NEEDS_UNSIGNED.has(id) ? off : on);

/**
 * One report from the two CI runs of the request-verification family: every verifier on (the unsigned
 * control refused) and only signature verification off (the control accepted). Each SEC-* row comes from
 * the run that can judge it; the other rows (not run with --security) from the first.
 */
function mergeSecurityRuns(first: SecurityRun, second: SecurityRun): ConformanceReport {
  const [a, b] = [first.report, second.report];
  if (a.target.kind !== b.target.kind || a.target.location !== b.target.location) {
    throw new BadInput(`the two runs probed different targets (${a.target.location} and ${b.target.location}): run both against the same endpoint`);
  }
  if (a.security?.control === b.security?.control) {
    throw new BadInput(
      a.security?.control === 'refused'
        ? 'both runs had the unsigned control request refused: run one of them with signature verification off'
        : 'both runs had the unsigned control request accepted: run one of them with every verifier on',
    );
  }
  const [on, off] = a.security?.control === 'refused' ? [first, second] : [second, first];
  const offRows = new Map(off.report.requirements.map((r) => [r.id, r]));
  const levels = emptyLevels();
  const rows = on.report.requirements.map((row): RequirementResult => {
    const from = row.id.startsWith('SEC-') ? judgingRun(row.id, on, off) : on;
    const chosen = from === on ? row : (offRows.get(row.id) ?? row);
    levels[chosen.level][chosen.status]++;
    return chosen;
  });
  const strict = on.report.options?.strict === true || off.report.options?.strict === true;
  const incomplete = [...(on.report.incomplete ?? []), ...(off.report.incomplete ?? [])];
  const gated = [...NEEDS_UNSIGNED].join(', ');
  const notes = [
    ...new Set([
      ...(on.report.notes ?? []),
      ...(off.report.notes ?? []),
      `combined from two request-verification runs: ${gated} from ${off.dir} (signature verification off, the unsigned control accepted), the other SEC-* requirements from ${on.dir} (every verifier on, the control refused)`,
    ]),
  ];
  const started = [on.report.startedAt, off.report.startedAt].sort()[0] ?? on.report.startedAt;
  return {
    tool: on.report.tool,
    target: { ...on.report.target, ...(targetNotes(on.report, off.report) ?? {}) },
    seed: on.report.seed,
    startedAt: started,
    durationMs: on.report.durationMs + off.report.durationMs,
    ...(on.report.options ? { options: { ...on.report.options, strict } } : {}),
    ...(incomplete.length ? { incomplete } : {}),
    notes,
    security: { control: 'both' },
    requirements: rows,
    summary: {
      probes: on.report.summary.probes + off.report.summary.probes,
      verdict: failing(levels, strict) || incomplete.length > 0 ? 'fail' : 'pass',
      MUST: levels.MUST,
      SHOULD: levels.SHOULD,
    },
  };
}

/** The target notes of both runs (an --insecure in either one must reach the reader). */
function targetNotes(a: ConformanceReport, b: ConformanceReport): { notes: string[] } | undefined {
  const notes = [...new Set([...(a.target.notes ?? []), ...(b.target.notes ?? [])])];
  return notes.length ? { notes } : undefined;
}

/** `merge-reports --security <dirA> <dirB>`: writes the combined report's four files and returns the exit status. */
export function securityMerge(inputs: readonly string[], reportDir: string, cwd = process.cwd()): number {
  if (inputs.length !== 2) {
    throw new BadInput(`merge-reports --security takes the report folders of the two run --security runs, got ${inputs.length}`);
  }
  const [first, second] = inputs.map((input) => readRun(cwd, input)) as [SecurityRun, SecurityRun];
  const report = mergeSecurityRuns(first, second);
  const dir = resolve(cwd, reportDir);
  mkdirSync(dir, { recursive: true });
  const markdown = markdownReport(report);
  writeFileSync(join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, 'report.md'), markdown);
  writeFileSync(join(dir, 'report.html'), htmlReport(report));
  writeFileSync(join(dir, 'junit.xml'), junitReport(report, 'security'));
  const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
  if (summaryFile) appendFileSync(summaryFile, `${markdown}\n`);
  const count = (status: RequirementResult['status']): number => report.requirements.filter((r) => r.status === status).length;
  process.stdout.write(
    `verdict: ${report.summary.verdict.toUpperCase()} (${report.summary.probes} probes in two request-verification runs); reports in ${reportDir}\n` +
      `${count('pass')} passed, ${count('fail')} failed, ${count('not-applicable')} skipped\n`,
  );
  const exit = exitOf(report);
  if (exit.problem) process.stderr.write(`alexa-shopping-conformance: ${exit.problem}\n`);
  return exit.status;
}
