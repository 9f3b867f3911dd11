import { esc } from './html-text.js';
import type { ConformanceReport } from '../types/index.js';

/**
 * junit.xml with one test case per requirement, failed with its first violations, skipped when not applicable: for
 * the reports no Playwright run writes (a client run, two security runs combined). `kind` names the suite.
 */
export function junitReport(report: ConformanceReport, kind: 'client' | 'security'): string {
  const rows = report.requirements;
  const failures = rows.filter((r) => r.status === 'fail').length;
  const skipped = rows.filter((r) => r.status === 'not-applicable').length;
  const cases = rows.map((r) => {
    const head = `    <testcase classname="${kind}.${esc(r.id.split('-')[0] ?? r.id)}" name="${esc(`${r.id} (${r.level})`)}">`;
    if (r.status === 'not-applicable') return `${head}<skipped message="${esc(r.note ?? 'not applicable')}"/></testcase>`;
    if (r.status === 'pass') return `${head}</testcase>`;
    const text = r.violations.map((v) => `${v.scenario}: ${v.message}\n  replay: ${v.replay}`).join('\n');
    return `${head}<failure message="${esc(r.violations[0]?.message ?? r.title)}">${esc(text)}</failure></testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="alexa-shopping-conformance ${kind}" tests="${rows.length}" failures="${failures}" skipped="${skipped}" time="${(report.durationMs / 1000).toFixed(3)}">`,
    `  <testsuite name="${kind} ${esc(report.target.location)}" tests="${rows.length}" failures="${failures}" skipped="${skipped}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
