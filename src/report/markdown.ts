import { plural, problemCount, problemsShown } from './counts.js';
import type { ConformanceReport, ReportedViolation, RequirementResult } from '../types/index.js';

const ICON = { pass: '✅ pass', fail: '❌ fail', 'not-applicable': '➖ n/a' } as const;

/** GitHub refuses pull-request comments over 65,536 characters; the summary stays under with room to spare. */
export const MARKDOWN_LIMIT = 60_000;
/** Longest request or response shown in full; report.html and report.json have the rest. */
const EVIDENCE_LIMIT = 2_000;

/** Skill text in prose or a table cell: one line, no markup, no HTML. */
const text = (s: string): string =>
  s
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|#~]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`))
    .trim();

/** A one-line code span: inside it nothing is markup, so only backticks and line breaks need care. */
const span = (s: string): string => `\`${s.replace(/`/g, "'").replace(/\s+/g, ' ').trim()}\``;

/** A code fence whose backticks outnumber any run inside it. */
function fence(body: string, lang = ''): string {
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  return `${ticks}${lang}\n${body}\n${ticks}`;
}

function json(value: unknown): string {
  const s = JSON.stringify(value, null, 2) ?? 'undefined';
  return s.length > EVIDENCE_LIMIT ? `${s.slice(0, EVIDENCE_LIMIT)}\n… (${s.length - EVIDENCE_LIMIT} more characters in report.json)` : s;
}

/** A request envelope with its `request` object first: the decisive part survives the cut, the session boilerplate goes. */
function decisiveFirst(envelope: unknown): unknown {
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope) || !('request' in envelope)) return envelope;
  const { request, ...rest } = envelope as Record<string, unknown>;
  return { request, ...rest };
}

interface Detail {
  /** Requests and responses, collapsed under each violation. */
  evidence: boolean;
  /** Violations listed per failing requirement. */
  perRequirement: number;
}

function violationLines(v: ReportedViolation, detail: Detail): string[] {
  const lines = [`- ${span(v.scenario)} ${text(v.message)}`, '', indent(fence(v.replay, 'sh'))];
  if (v.alsoIn?.length) lines.splice(1, 0, '', `  The same finding in: ${v.alsoIn.map(span).join(', ')}`);
  if (v.curl) lines.push('', indent(fence(v.curl, 'sh')));
  if (v.curlNote) lines.push('', `  ${text(v.curlNote)}`);
  if (v.console) lines.push('', indent(['The skill\'s console while answering:', fence(v.console, 'text')].join('\n')));
  if (detail.evidence) {
    const evidence = v.compare
      ? [`Response (${text(v.scenario)}):`, fence(json(v.response), 'json'), `Compared with (${text(v.compare.label)}):`, fence(json(v.compare.response), 'json')]
      : ['Request:', fence(json(decisiveFirst(v.request)), 'json'), 'Response:', fence(json(v.response), 'json')];
    if (v.headers) evidence.push(`Request headers (answered ${v.status === undefined ? 'nothing' : `HTTP ${v.status}`}):`, fence(json(v.headers), 'json'));
    lines.push('', indent(['<details><summary>request and response</summary>', '', ...evidence, '', '</details>'].join('\n')));
  }
  lines.push('');
  return lines;
}

const indent = (block: string): string =>
  block
    .split('\n')
    .map((l) => (l ? `  ${l}` : l))
    .join('\n');

/** Where a requirement comes from, linked, and whether the page says it (its sentence) or the suite infers it (from what). */
function provenanceLine(r: RequirementResult): string {
  const cited = `${text(r.source.page)}, “${text(r.source.section)}”`;
  const source = r.source.url ? `[${cited}](${r.source.url})` : cited;
  if (r.basis === 'documented' && r.quote) return `Source: ${source}. The page says: “${text(r.quote)}”`;
  if (r.basis === 'inferred' && r.inference) return `Source: ${source}. Inferred by the suite: ${text(r.inference)}`;
  return `Source: ${source}.`;
}

function failureLines(r: RequirementResult, detail: Detail): string[] {
  const shown = r.violations.slice(0, detail.perRequirement);
  const lines = [
    `### ❌ ${r.id} (${r.level}): ${text(r.title)}`,
    '',
    problemCount(r, shown),
    '',
    provenanceLine(r),
    '',
  ];
  if (r.note) lines.push(text(r.note), '');
  for (const v of shown) lines.push(...violationLines(v, detail));
  return lines;
}

function render(report: ConformanceReport, detail: Detail): string {
  const { summary } = report;
  const failures = report.requirements.filter((r) => r.status === 'fail');
  const word = summary.verdict === 'pass' ? '✅ PASS' : '❌ FAIL';
  const lines = [
    `## ${word}: Alexa shopping conformance${report.shard ? ` (shard ${report.shard.current} of ${report.shard.total}, partial)` : ''}`,
    '',
    `**MUST: ${summary.MUST.fail} failing · SHOULD: ${summary.SHOULD.fail} failing** · ` +
      `${report.target.kind} ${span(report.target.location)} · seed ${report.seed} · ${summary.probes} probes · ${(report.durationMs / 1000).toFixed(1)} s`,
    '',
  ];
  for (const note of report.target.notes ?? []) lines.push(`> Note: ${text(note)}`, '');
  if (report.shard) lines.push(`> Partial: this shard ran only its scenario families. \`alexa-shopping-conformance merge-reports\` on every shard's blob report gives the run's verdict.`, '');
  if (report.notes) lines.push(...report.notes.map((n) => `> Note: ${text(n)}`), '');
  if (report.incomplete) lines.push('> **Incomplete run**: it judged less than it should have.', ...report.incomplete.map((r) => `> - ${text(r)}`), '');
  lines.push(
    '| level | pass | fail | n/a |',
    '| --- | ---: | ---: | ---: |',
    `| MUST | ${summary.MUST.pass} | ${summary.MUST.fail} | ${summary.MUST['not-applicable']} |`,
    `| SHOULD | ${summary.SHOULD.pass} | ${summary.SHOULD.fail} | ${summary.SHOULD['not-applicable']} |`,
    '',
  );
  if (failures.length) lines.push('Replay a failure with its command; report.html beside report.json shows every request and response.', '');
  for (const r of failures) lines.push(...failureLines(r, detail));
  lines.push(
    `<details><summary>All ${report.requirements.length} requirements</summary>`,
    '',
    '| requirement | level | basis | status | judged exchanges | note |',
    '| --- | --- | --- | --- | ---: | --- |',
    ...report.requirements.map((r) => {
      const note = r.status === 'fail' && r.violations[0] ? `${plural(r.violationCount ?? problemsShown(r.violations), 'problem')}: ${r.violations[0].message}` : (r.note ?? '');
      const id = r.source.url ? `[${r.id}](${r.source.url})` : r.id;
      return `| ${id} | ${r.level} | ${r.basis ?? ''} | ${ICON[r.status]} | ${r.probes} | ${text(note)} |`;
    }),
    '',
    '</details>',
  );
  return `${lines.join('\n')}\n`;
}

/**
 * report.md: a summary fit for a pull request and for $GITHUB_STEP_SUMMARY: the verdict, the failing
 * requirements with their replay commands, then every requirement, collapsed. Under the size a pull
 * request comment allows: evidence goes first, then violations beyond the first of each requirement.
 */
export function markdownReport(report: ConformanceReport): string {
  for (const detail of [
    { evidence: true, perRequirement: 3 },
    { evidence: true, perRequirement: 1 },
    { evidence: false, perRequirement: 1 },
  ]) {
    const md = render(report, detail);
    if (md.length <= MARKDOWN_LIMIT) return md;
  }
  const md = render(report, { evidence: false, perRequirement: 0 });
  return md.length <= MARKDOWN_LIMIT ? md : `${md.slice(0, MARKDOWN_LIMIT)}\n\n… cut to ${MARKDOWN_LIMIT} characters; report.html has everything.\n`;
}
