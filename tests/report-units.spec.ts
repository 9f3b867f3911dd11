import { expect, test } from '@playwright/test';
import { exitOf } from '../src/report/exit.js';
import { htmlReport } from '../src/report/html.js';
import { jsonHtml } from '../src/report/html-text.js';
import { incompleteReasons } from '../src/report/incomplete.js';
import { markdownReport, MARKDOWN_LIMIT } from '../src/report/markdown.js';
import { mixedRuns } from '../src/report/part-attachments.js';
import { REDACTED, redact } from '../src/report/redact.js';
import { shardMark, shardProblems, shardsIn } from '../src/report/shards.js';
import { validate } from '../src/schema/ajv.js';
import type { Part } from '../src/report/part-attachments.js';
import type { ConformanceReport, ReportedViolation } from '../src/types/index.js';

const HOSTILE = '</script><script>alert(1)</script><img src=x onerror=alert(2)> | `code` **bold** <details>';

function violation(extra: Partial<ReportedViolation> = {}): ReportedViolation {
  return {
    message: `speech was ${HOSTILE}`,
    scenario: `launch ${HOSTILE}`,
    case: 'launch:0',
    request: { version: '1.0', request: { type: 'LaunchRequest' } },
    response: { version: '1.0', response: { outputSpeech: { type: 'PlainText', text: HOSTILE } } },
    replay: 'npx alexa-shopping-conformance run --seed 1 --runs 3 --only LAUNCH-RESPONDS --case launch:0',
    ...extra,
  };
}

function report(extra: Partial<ConformanceReport> = {}): ConformanceReport {
  return {
    tool: { name: 'alexa-shopping-conformance', version: '0.1.0' },
    target: { kind: 'endpoint', location: 'http://127.0.0.1:3000/' },
    seed: 1,
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 1500,
    options: { runs: 3, strict: false, timeoutMs: 8000 },
    requirements: [
      {
        id: 'LAUNCH-RESPONDS',
        level: 'MUST',
        title: 'A LaunchRequest gets outputSpeech.',
        area: 'Launch',
        source: { page: 'Handle Requests Sent by Alexa', section: 'LaunchRequest' },
        status: 'fail',
        probes: 4,
        violationCount: 7,
        violations: [violation({ curl: `curl -sS -X POST http://127.0.0.1:3000/ --data-binary '{}'` })],
      },
      {
        id: 'RESUME-DISTINGUISHES-RESULT',
        level: 'SHOULD',
        title: 'The response to a failed result differs from the response to success.',
        area: 'Resuming after a shopping task',
        source: { page: 'Alexa Shopping Actions API Reference', section: 'Resume' },
        status: 'fail',
        probes: 2,
        violations: [violation({ compare: { label: 'resume success', request: { type: 'ok' }, response: { said: 'the other answer' } } })],
      },
      {
        id: 'SHOP-LIST-TYPE',
        level: 'MUST',
        title: 'AddToList sets listType WISHLIST.',
        area: 'Shopping directives',
        source: { page: 'Alexa Shopping Actions API Reference', section: 'Add to list' },
        status: 'not-applicable',
        probes: 0,
        note: 'not probed: no response started AddToList',
        violations: [],
      },
    ],
    summary: { probes: 6, verdict: 'fail', MUST: { pass: 0, fail: 1, 'not-applicable': 1 }, SHOULD: { pass: 0, fail: 1, 'not-applicable': 0 } },
    ...extra,
  };
}

test('the sample report is a valid report.json, shard and incomplete included', () => {
  expect(validate('report', report())).toEqual([]);
  expect(validate('report', report({ shard: { current: 1, total: 2 }, incomplete: ['the resume family did not run'] }))).toEqual([]);
});

test('report.html escapes everything from the skill and loads nothing', () => {
  const html = htmlReport(report());
  expect(html).not.toContain('<script>alert');
  expect(html).not.toContain('<img');
  expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(html.match(/<script>/g)).toHaveLength(1);
  expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
  expect(html).toContain(`http-equiv="Content-Security-Policy"`);
  expect(html).toContain('default-src &#39;none&#39;');
});

test('report.html shows the verdict, areas in order, sources, the differential pair and the curl line', () => {
  const html = htmlReport(report());
  expect(html).toMatch(/id="verdict" class="verdict fail" data-verdict="fail"/);
  expect(html.indexOf('<h2>Launch')).toBeLessThan(html.indexOf('<h2>Resuming after a shopping task'));
  expect(html).toContain('Handle Requests Sent by Alexa — LaunchRequest');
  expect(html).toContain('7 problems found in 4 judged exchanges (1 of them shown)');
  expect(html).toContain('Compared with: resume success');
  expect(html).toContain('curl -sS -X POST');
  expect(html).toContain('not probed: no response started AddToList');
});

test('report.html says when a report is partial or incomplete', () => {
  expect(htmlReport(report({ shard: { current: 2, total: 3 } }))).toContain('Partial report: shard 2 of 3');
  expect(htmlReport(report({ incomplete: ['the slots family did not run'] }))).toContain('<li>the slots family did not run</li>');
});

test('JSON in report.html is marked up with every piece escaped', () => {
  expect(jsonHtml({ 'k<': '"</pre>"', n: -1.5e3, t: true, z: null })).toBe(
    '{\n  <span class="j-key">&quot;k&lt;&quot;</span>: <span class="j-str">&quot;\\&quot;&lt;/pre&gt;\\&quot;&quot;</span>,\n' +
      '  <span class="j-key">&quot;n&quot;</span>: <span class="j-num">-1500</span>,\n' +
      '  <span class="j-key">&quot;t&quot;</span>: <span class="j-lit">true</span>,\n' +
      '  <span class="j-key">&quot;z&quot;</span>: <span class="j-lit">null</span>\n}',
  );
  expect(jsonHtml('x'.repeat(200_000))).toContain('more characters in report.json');
});

test('report.md leads with the verdict and failures, with replay commands, and keeps skill text from becoming markup', () => {
  const md = markdownReport(report());
  expect(md.split('\n')[0]).toBe('## ❌ FAIL: Alexa shopping conformance');
  expect(md).toContain('```sh\n  npx alexa-shopping-conformance run --seed 1 --runs 3 --only LAUNCH-RESPONDS --case launch:0\n  ```');
  expect(md.indexOf('### ❌ LAUNCH-RESPONDS')).toBeLessThan(md.indexOf('<details><summary>All 3 requirements'));
  const prose = md.split('\n').filter((l) => l.startsWith('- ') || l.startsWith('| '));
  for (const line of prose) {
    // Inside a code span nothing is markup; outside, no tag may survive.
    expect(line.replace(/`[^`]*`/g, '')).not.toMatch(/<(script|img|details)/);
    expect(line.replace(/\\\|/g, '').split('|').length).toBeLessThanOrEqual(8);
  }
  expect(md).toContain('7 problems found in 4 judged exchanges (1 of them shown)');
});

test('report.md stays under what a pull request comment allows', () => {
  const big = report();
  const first = big.requirements[0]!;
  first.violations = Array.from({ length: 3 }, () => violation({ response: { text: 'y'.repeat(30_000) }, request: { text: 'z'.repeat(30_000) } }));
  big.requirements = Array.from({ length: 40 }, (_, i) => ({ ...first, id: `LAUNCH-X${i}` }));
  const md = markdownReport(big);
  expect(md.length).toBeLessThanOrEqual(MARKDOWN_LIMIT + 200);
  expect(md).toContain('### ❌ LAUNCH-X39');
});

test('redaction replaces credentials under their keys, wherever the skill echoed them, and configured secrets', () => {
  const value = {
    request: { context: { System: { apiAccessToken: 'asc.token-123456' } } },
    response: { outputSpeech: { text: 'your token is asc.token-123456 and key hunter2-sesame' } },
    outbound: [{ headers: { Authorization: 'Bearer other-token-999' } }],
    message: 'sent Bearer other-token-999',
  };
  const clean = redact(value, ['hunter2-sesame']);
  const text = JSON.stringify(clean);
  expect(text).not.toContain('asc.token-123456');
  expect(text).not.toContain('other-token-999');
  expect(text).not.toContain('hunter2-sesame');
  expect(clean.request.context.System.apiAccessToken).toBe(REDACTED);
  expect(clean.outbound[0]?.headers.Authorization).toBe(REDACTED);
  expect(clean.message).toBe(`sent ${REDACTED}`);
});

test('shards: merged metadata names the shards, and a missing or foreign one is a problem', () => {
  const metadata = { [shardMark(2, 3)]: true, [shardMark(1, 3)]: true, actualWorkers: 4 };
  expect(shardsIn(metadata)).toEqual([
    { current: 1, total: 3 },
    { current: 2, total: 3 },
  ]);
  expect(shardProblems(shardsIn(metadata))).toEqual(['the blob report of shard 3/3 is missing from the merge']);
  expect(shardProblems(shardsIn({ ...metadata, [shardMark(3, 3)]: true }))).toEqual([]);
  expect(shardProblems([{ current: 1, total: 2 }, { current: 1, total: 3 }])[0]).toContain('split different ways');
  expect(shardProblems([])).toEqual([]);
});

function part(family: string, run: Partial<Part['run']> = {}): Part {
  return {
    run: { target: { kind: 'reference', location: 'reference' }, seed: 1, runs: 3, strict: false, timeoutMs: 8000, locales: ['en-US'], declaredTasks: [], secrets: [], replay: { targetArgs: [], seed: 1, runs: 3, timeoutMs: 8000 }, ...run },
    result: { family, probes: 1, observedTasks: [] },
    requirements: {},
  };
}

test('a run is incomplete when a family crashed or never ran, or parts come from different runs', () => {
  expect(incompleteReasons([{ family: 'launch', ended: true, part: part('launch') }], [])).toEqual([]);
  expect(incompleteReasons([{ family: 'resume', ended: true, error: 'Error: worker died' }, { family: 'slots', ended: false }], [])).toEqual([
    'the resume family reported no result (Error: worker died)',
    'the slots family did not run',
  ]);
  expect(mixedRuns([part('launch'), part('slots', { seed: 2 })])).toBe('the blob reports come from different runs (seed 1 and 2)');
  expect(mixedRuns([part('launch'), part('slots', { secrets: [REDACTED] })])).toBeUndefined();
});

test('the exit status: 2 for an incomplete run or one that probed nothing (unless a shard), else the verdict', () => {
  expect(exitOf(report())).toEqual({ status: 1 });
  expect(exitOf(report({ summary: { ...report().summary, verdict: 'pass' } }))).toEqual({ status: 0 });
  expect(exitOf(report({ incomplete: ['the slots family did not run'] }))).toEqual({ status: 2, problem: 'the run is incomplete: the slots family did not run' });
  const empty = { ...report().summary, probes: 0, verdict: 'pass' as const };
  expect(exitOf(report({ summary: empty })).status).toBe(2);
  expect(exitOf(report({ summary: empty, shard: { current: 3, total: 3 } })).status).toBe(0);
});
