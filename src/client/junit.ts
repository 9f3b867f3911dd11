import { esc } from '../report/html-text.js';
import type { ConformanceReport } from '../types/index.js';

/** junit.xml of a client run: one test case per requirement, failed with its first violations, skipped when not applicable. */
export function junitReport(report: ConformanceReport): string {
  const rows = report.requirements;
  const failures = rows.filter((r) => r.status === 'fail').length;
  const skipped = rows.filter((r) => r.status === 'not-applicable').length;
  const cases = rows.map((r) => {
    const head = `    <testcase classname="client.${esc(r.id.split('-')[0] ?? r.id)}" name="${esc(`${r.id} (${r.level})`)}">`;
    if (r.status === 'not-applicable') return `${head}<skipped message="${esc(r.note ?? 'not applicable')}"/></testcase>`;
    if (r.status === 'pass') return `${head}</testcase>`;
    const text = r.violations.map((v) => `${v.scenario}: ${v.message}\n  replay: ${v.replay}`).join('\n');
    return `${head}<failure message="${esc(r.violations[0]?.message ?? r.title)}">${esc(text)}</failure></testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="alexa-shopping-conformance client" tests="${rows.length}" failures="${failures}" skipped="${skipped}" time="${(report.durationMs / 1000).toFixed(3)}">`,
    `  <testsuite name="client ${esc(report.target.location)}" tests="${rows.length}" failures="${failures}" skipped="${skipped}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
