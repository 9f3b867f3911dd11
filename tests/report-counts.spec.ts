import { expect, test } from '@playwright/test';
import { buildReport } from '../src/report/build.js';
import { problemsShown } from '../src/report/counts.js';
import { htmlReport } from '../src/report/html.js';
import { markdownReport } from '../src/report/markdown.js';
import { validate } from '../src/schema/ajv.js';
import type { FamilyResult } from '../src/report/tally.js';
import type { RequirementTally } from '../src/report/tally.js';
import { MOCK_GONE, reproducer } from '../src/report/reproduce.js';
import type { ConformanceReport, ReportedViolation } from '../src/types/index.js';

const ENDPOINT = 'https://skill.example.com/alexa';
const SSML = { version: '1.0', response: { outputSpeech: { type: 'SSML', ssml: '<speak>a & b</speak>' } } };

function violation(scenario: string, caseId: string, extra: Partial<ReportedViolation> = {}): ReportedViolation {
  return {
    message: 'SSML is not well-formed: a bare &',
    scenario,
    case: caseId,
    request: { version: '1.0', context: { System: { apiEndpoint: 'http://127.0.0.1:4567' } }, request: { type: 'LaunchRequest' } },
    response: SSML,
    replay: `npx alexa-shopping-conformance run --only RSP-SSML --case ${caseId}`,
    ...extra,
  };
}

const family = (name: string, tally: RequirementTally): FamilyResult => ({ family: name, probes: tally.probes, observedTasks: [], requirements: { 'RSP-SSML': tally } });

function built(results: FamilyResult[]): ConformanceReport {
  return buildReport({
    results,
    target: { kind: 'endpoint', location: ENDPOINT },
    seed: 1,
    startedAt: new Date('2026-01-01T00:00:00Z'),
    durationMs: 10,
    options: { runs: 3, strict: false, timeoutMs: 8000 },
    declaredTasks: [],
    selected: (id) => id === 'RSP-SSML',
    reproduce: reproducer({ targetArgs: ['--endpoint', ENDPOINT], seed: 1, runs: 3, timeoutMs: 8000, endpoint: ENDPOINT }),
  });
}

const ssmlRow = (report: ConformanceReport) => report.requirements.find((r) => r.id === 'RSP-SSML');

test('the same finding from two families counts two problems, lists one entry naming both, and the words say so', () => {
  const report = built([
    family('launch', { probes: 3, count: 1, violations: [violation('launch en-US', 'launch:0')] }),
    family('robust', { probes: 5, count: 1, violations: [violation('LaunchRequest as is', 'robust:4')] }),
  ]);
  expect(validate('report', report)).toEqual([]);
  const row = ssmlRow(report);
  expect(row?.violationCount).toBe(2);
  expect(row?.violations).toHaveLength(1);
  expect(problemsShown(row?.violations ?? [])).toBe(2);
  const words = '2 problems found in 8 judged exchanges (all shown as 1 entry: a finding seen in several scenarios is listed once)';
  expect(markdownReport(report)).toContain(words);
  expect(htmlReport(report)).toContain(words);
});

test('a repeat in the same scenario from another case is named, never dropped, so the entries account for every problem they stand for', () => {
  const report = built([
    family('session-ended', {
      probes: 6,
      count: 5,
      violations: [violation('SessionEndedRequest', 'session-ended:0'), violation('SessionEndedRequest', 'session-ended:1'), violation('SessionEndedRequest', 'session-ended:2', { response: {} })],
    }),
  ]);
  const row = ssmlRow(report);
  expect(row?.violations).toHaveLength(2);
  expect(row?.violations[0]?.alsoIn).toEqual(['SessionEndedRequest (session-ended:1)']);
  expect(problemsShown(row?.violations ?? [])).toBe(3);
  const words = '5 problems found in 6 judged exchanges (3 of them shown as 2 entries: a finding seen in several scenarios is listed once)';
  expect(markdownReport(report)).toContain(words);
  expect(htmlReport(report)).toContain(words);
});

test('when each listed entry is one problem the count needs no aside, and more problems than entries says how many are shown', () => {
  const two = built([family('launch', { probes: 2, count: 2, violations: [violation('a', 'launch:0'), violation('b', 'launch:1', { response: {} })] })]);
  expect(markdownReport(two)).toMatch(/2 problems found in 2 judged exchanges\n/);
  const many = built([family('launch', { probes: 9, count: 9, violations: [violation('a', 'launch:0'), violation('b', 'launch:1', { response: {} })] })]);
  expect(markdownReport(many)).toContain('9 problems found in 9 judged exchanges (2 of them shown)');
  expect(htmlReport(many)).toContain('9 problems found in 9 judged exchanges (2 of them shown)');
});

test('an endpoint case that needs the mock gets a reason in place of a curl line; the others keep their curl line', () => {
  const call = { method: 'GET', url: 'http://127.0.0.1:4567/v1/users/~current/skills/~current/inSkillProducts', headers: {}, status: 200 };
  const report = built([
    family('launch', { probes: 2, count: 2, violations: [violation('launch en-US', 'launch:0'), violation('launch asks the products', 'launch:1', { response: {}, outbound: [call] })] }),
    family('isp', { probes: 1, count: 1, violations: [violation('isp buy', 'isp/c310+5', { response: { version: '1.0' } })] }),
  ]);
  expect(validate('report', report)).toEqual([]);
  const [plain, called, isp] = ssmlRow(report)?.violations ?? [];
  expect(plain?.curl).toContain(`curl -sS -X POST ${ENDPOINT}`);
  expect(plain?.curlNote).toBeUndefined();
  for (const v of [called, isp]) {
    expect(v?.curl).toBeUndefined();
    expect(v?.curlNote).toBe(MOCK_GONE);
  }
  expect(markdownReport(report)).toContain("no curl line: this case needs the run's mock In-Skill Product Service");
  expect(htmlReport(report)).toContain('no curl line: this case needs the run&#39;s mock In-Skill Product Service');
});
