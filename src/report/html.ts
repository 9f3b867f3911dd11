import type { ConformanceReport, RequirementResult } from '../types/index.js';
import { plural, problemCount, problemsShown } from './counts.js';
import { CONTENT_SECURITY_POLICY, SCRIPT, STYLE } from './html-assets.js';
import { esc } from './html-text.js';
import { violationHtml } from './html-violation.js';

const STATUS_WORD = { pass: 'pass', fail: 'fail', 'not-applicable': 'n/a' } as const;

/** The headline: what a reviewer needs first. */
function verdict(report: ConformanceReport): string {
  const { summary } = report;
  const failing = report.requirements.filter((r) => r.status === 'fail');
  const word = summary.verdict === 'pass' ? 'PASS' : 'FAIL';
  const lede =
    report.incomplete !== undefined
      ? 'The run is incomplete: it judged less than it should have.'
      : summary.verdict === 'pass'
        ? `No MUST requirement fails${summary.SHOULD.fail ? `; ${plural(summary.SHOULD.fail, 'SHOULD requirement')} failing` : ''}.`
        : `MUST: ${summary.MUST.fail} failing · SHOULD: ${summary.SHOULD.fail} failing${report.options?.strict ? ' (--strict: SHOULD failures count)' : ''}.`;
  const notices: string[] = [];
  if (report.shard) {
    notices.push(
      `<div class="notice">Partial report: shard ${report.shard.current} of ${report.shard.total}, covering only its scenario families. ` +
        `<code>alexa-shopping-conformance merge-reports</code> on every shard's blob report gives the run's verdict.</div>`,
    );
  }
  if (report.notes) notices.push(...report.notes.map((n) => `<div class="notice">Note: ${esc(n)}</div>`));
  if (report.incomplete) notices.push(`<div class="notice"><strong>Incomplete run</strong><ul>${report.incomplete.map((r) => `<li>${esc(r)}</li>`).join('')}</ul></div>`);
  const links = failing.map((r) => `<a href="#${esc(r.id)}">${esc(r.id)}</a>`).join(', ');
  return (
    `<header id="verdict" class="verdict ${summary.verdict}" data-verdict="${summary.verdict}">` +
    `<h1><span class="verdict-word">${word}</span> · Alexa shopping conformance${report.shard ? ` · shard ${report.shard.current} of ${report.shard.total}` : ''}</h1>` +
    `<p class="lede">${esc(lede)}</p>${notices.join('')}` +
    (failing.length ? `<p class="failing-list">Failing: ${links}</p>` : '') +
    `${facts(report)}${tally(report)}</header>`
  );
}

function facts(report: ConformanceReport): string {
  const o = report.options;
  const rows: [string, string][] = [
    ['target', `${report.target.kind} ${report.target.location}`],
    ...(report.target.notes ?? []).map((note): [string, string] => ['note', note]),
    ['seed', String(report.seed)],
    ['probes', String(report.summary.probes)],
    ['started', report.startedAt],
    ['duration', `${(report.durationMs / 1000).toFixed(1)} s`],
  ];
  if (o) {
    const options = [`--runs ${o.runs}`, `--timeout ${o.timeoutMs}`, ...(o.strict ? ['--strict'] : []), ...(o.only ? [`--only ${o.only.join(',')}`] : [])];
    rows.push(['options', options.join(' ')]);
    if (o.locales) rows.push(['locales', o.locales.join(', ')]);
  }
  rows.push(['tool', `${report.tool.name} ${report.tool.version}`]);
  return `<dl class="facts">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`;
}

function tally(report: ConformanceReport): string {
  const row = (level: 'MUST' | 'SHOULD'): string => {
    const t = report.summary[level];
    return `<tr><th>${level}</th><td>${t.pass}</td><td>${t.fail}</td><td>${t['not-applicable']}</td></tr>`;
  };
  return `<table class="tally"><thead><tr><th>level</th><th>pass</th><th>fail</th><th>n/a</th></tr></thead><tbody>${row('MUST')}${row('SHOULD')}</tbody></table>`;
}

/** The source, linked where the catalog knows the page's address, and the page's sentence or the suite's inference. */
function provenanceHtml(r: RequirementResult): string {
  const cited = `${esc(r.source.page)} — ${esc(r.source.section)}`;
  const source = r.source.url ? `<a href="${esc(r.source.url)}" rel="noreferrer">${cited}</a>` : cited;
  const basis =
    r.basis === 'documented' && r.quote
      ? `<blockquote class="basis documented" data-basis="documented">${esc(r.quote)}</blockquote>`
      : r.basis === 'inferred' && r.inference
        ? `<p class="basis inferred" data-basis="inferred"><strong>Inferred by the suite:</strong> ${esc(r.inference)}</p>`
        : '';
  return `<p class="source">${source}</p>${basis}`;
}

function requirementHtml(r: RequirementResult, seed: number): string {
  const count = r.violationCount ?? problemsShown(r.violations);
  const more = r.status === 'fail' && count !== r.violations.length ? `<p class="more">${esc(problemCount(r, r.violations))}.</p>` : '';
  return (
    `<article class="req ${r.status} ${r.level.toLowerCase()}" id="${esc(r.id)}" data-status="${r.status}" data-level="${r.level}">` +
    `<div class="req-head"><span class="badge ${r.status}">${STATUS_WORD[r.status]}</span><span class="badge level ${r.level.toLowerCase()}">${r.level}</span>` +
    `<h3><code>${esc(r.id)}</code> ${esc(r.title)}</h3>` +
    `<span class="probes">${plural(r.probes, 'judged exchange')}${r.status === 'fail' ? ` · ${plural(count, 'problem')}` : ''}</span></div>` +
    provenanceHtml(r) +
    (r.note ? `<p class="note">${esc(r.note)}</p>` : '') +
    r.violations.map((v) => violationHtml(v, seed)).join('') +
    more +
    `</article>`
  );
}

/** The requirements grouped by area, in the catalog's order. */
function areas(report: ConformanceReport): string {
  const groups = new Map<string, RequirementResult[]>();
  for (const r of report.requirements) {
    const area = r.area ?? r.id.split('-')[0] ?? r.id;
    groups.set(area, [...(groups.get(area) ?? []), r]);
  }
  return [...groups]
    .map(([area, reqs]) => {
      const failing = reqs.filter((r) => r.status === 'fail').length;
      return (
        `<section class="area"><h2>${esc(area)} <small>${failing ? `${failing} of ${reqs.length} fail` : `${reqs.length} requirement${reqs.length === 1 ? '' : 's'}`}</small></h2>` +
        `${reqs.map((r) => requirementHtml(r, report.seed)).join('')}</section>`
      );
    })
    .join('');
}

const FILTERS =
  `<nav class="filters" aria-label="Filters" hidden>` +
  `<label><input type="checkbox" id="failing-only"> Failing only</label>` +
  `<label><input type="checkbox" id="level-must" checked> MUST</label>` +
  `<label><input type="checkbox" id="level-should" checked> SHOULD</label>` +
  `<button type="button" id="expand-all">Expand all</button><button type="button" id="collapse-all">Collapse all</button>` +
  `<span class="shown" id="shown"></span></nav>`;

/** report.html: one self-contained page (no network), the verdict first, then every requirement by area. */
export function htmlReport(report: ConformanceReport): string {
  const title = `${report.summary.verdict === 'pass' ? 'PASS' : 'FAIL'} · Alexa shopping conformance · ${report.target.location}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(CONTENT_SECURITY_POLICY)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(`${report.tool.name} ${report.tool.version}`)}">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${verdict(report)}
${FILTERS}
<main>${areas(report)}</main>
<footer>${esc(report.tool.name)} ${esc(report.tool.version)} · seed ${report.seed} · report.json beside this file holds the same data</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
