import type { ConformanceReport } from '../types/index.js';

const ICON = { pass: '✅ pass', fail: '❌ fail', 'not-applicable': '➖ n/a' } as const;

/** report.md: a summary fit for a pull request or $GITHUB_STEP_SUMMARY. */
export function markdownReport(report: ConformanceReport): string {
  const { summary } = report;
  const lines = [
    `# Alexa shopping conformance: ${summary.verdict === 'pass' ? 'PASS' : 'FAIL'}`,
    '',
    `Target: ${report.target.kind} \`${report.target.location}\` · seed ${report.seed} · ${summary.probes} probes · ${(report.durationMs / 1000).toFixed(1)} s`,
    '',
    `| level | pass | fail | n/a |`,
    `| --- | --- | --- | --- |`,
    `| MUST | ${summary.MUST.pass} | ${summary.MUST.fail} | ${summary.MUST['not-applicable']} |`,
    `| SHOULD | ${summary.SHOULD.pass} | ${summary.SHOULD.fail} | ${summary.SHOULD['not-applicable']} |`,
    '',
    '| requirement | level | status | probes | note |',
    '| --- | --- | --- | --- | --- |',
    ...report.requirements.map(
      (r) => `| ${r.id} | ${r.level} | ${ICON[r.status]} | ${r.probes} | ${(r.status === 'fail' ? `${r.violationCount ?? r.violations.length} violation(s): ${r.violations[0]?.message ?? ''}` : (r.note ?? '')).replace(/\|/g, '\\|')} |`,
    ),
  ];
  const failures = report.requirements.filter((r) => r.status === 'fail');
  if (failures.length) {
    lines.push('', '## Failures');
    for (const r of failures) {
      lines.push('', `### ${r.id} (${r.level}): ${r.title}`, '');
      for (const v of r.violations) lines.push(`- ${v.scenario}: ${v.message}`, `  - replay: \`${v.replay}\``, ...(v.curl ? [`  - curl: \`${v.curl}\``] : []));
    }
  }
  return `${lines.join('\n')}\n`;
}
