import { expect, test } from '@playwright/test';
import { htmlReport } from '../src/report/html.js';
import { markdownReport } from '../src/report/markdown.js';
import { requirementRow, sourceUrl } from '../src/report/rows.js';
import { validate } from '../src/schema/ajv.js';
import { requirementCatalog, requirements } from '../src/requirements/catalog.js';
import type { ConformanceReport } from '../src/types/index.js';

test('every catalog entry says whether the page states it or the suite infers it, and every cited page has an address', () => {
  const { pages = {} } = requirementCatalog();
  for (const req of requirements()) {
    expect(req.basis, req.id).toMatch(/^(documented|inferred)$/);
    if (req.basis === 'documented') expect(req.quote?.trim(), `${req.id} quote`).toBeTruthy();
    else expect(req.inference?.trim(), `${req.id} inference`).toBeTruthy();
    expect(pages[req.source.page]?.url, `${req.id}: ${req.source.page} has no url in "pages"`).toMatch(/^https:\/\//);
  }
});

test('the levels follow the page\'s own word where the issue named them', () => {
  const level = (id: string): string | undefined => requirements().find((r) => r.id === id)?.level;
  // "should be offered", "should only be given access", "If you want to know if an error occurred, implement a handler".
  expect(level('ISP-OFFER-PURCHASABLE')).toBe('SHOULD');
  expect(level('ISP-PREMIUM-GATE')).toBe('SHOULD');
  expect(level('EXC-HANDLED')).toBe('SHOULD');
  // "you must also implement a refund intent".
  expect(level('REFUND-GUIDANCE')).toBe('MUST');
});

test('a source links to its page, with the section anchor only where the page has one', () => {
  expect(sourceUrl({ page: 'Implement Alexa Shopping Actions in Your Skill', section: 'Handle a refund request' })).toMatch(
    /^https:\/\/developer\.amazon\.com\/.*implement-shopping-actions\.html#handle-a-refund-request$/,
  );
  // The page repeats this heading once per task: no anchor would land on the right one.
  expect(sourceUrl({ page: 'Implement Alexa Shopping Actions in Your Skill', section: 'Handle a session resumed request' })).not.toContain('#');
  expect(sourceUrl({ page: 'A page the catalog does not know', section: 'x' })).toBeUndefined();
});

function sample(): ConformanceReport {
  const byId = (id: string) => {
    const req = requirements().find((r) => r.id === id);
    if (!req) throw new Error(id);
    return req;
  };
  const documented = requirementRow(byId('REFUND-GUIDANCE'), { status: 'pass' }, { probes: 1, count: 0, violations: [] }, []);
  const inferred = requirementRow(byId('SHOP-SESSION-FLAG'), { status: 'pass' }, { probes: 2, count: 0, violations: [] }, []);
  return {
    tool: { name: 'alexa-shopping-conformance', version: '0.1.0' },
    target: { kind: 'handler', location: 'skill.js' },
    seed: 1,
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 10,
    requirements: [documented, inferred],
    summary: { probes: 3, verdict: 'pass', MUST: { pass: 2, fail: 0, 'not-applicable': 0 }, SHOULD: { pass: 0, fail: 0, 'not-applicable': 0 } },
  };
}

test('report.json rows carry the basis, the quote or the inference, and the link', () => {
  const report = sample();
  expect(validate('report', report)).toEqual([]);
  const [documented, inferred] = report.requirements;
  expect(documented).toMatchObject({ basis: 'documented', quote: expect.stringContaining('you must also implement a refund intent') });
  expect(documented?.source.url).toContain('#handle-a-refund-request');
  expect(documented?.inference).toBeUndefined();
  expect(inferred).toMatchObject({ basis: 'inferred', inference: expect.stringContaining('ShouldEndSession cannot be false') });
  expect(inferred?.quote).toBeUndefined();
});

test('report.md and report.html show the basis with its words and the link, and the skill\'s console beside a violation', () => {
  const report = sample();
  report.requirements[0]!.status = 'fail';
  report.requirements[0]!.violationCount = 1;
  report.requirements[0]!.violations = [
    { message: 'no guidance', scenario: 'refund', request: {}, response: {}, replay: 'npx alexa-shopping-conformance run --only REFUND-GUIDANCE', console: 'RefundIntent <crashed> `here`' },
  ];
  const md = markdownReport(report);
  expect(md).toContain('The page says: “If you implement the purchase-product or recommend-products shopping actions, you must also implement');
  expect(md).toMatch(/\[Implement Alexa Shopping Actions in Your Skill, “Handle a refund request”\]\(https:\/\/[^)]+#handle-a-refund-request\)/);
  expect(md).toContain('1 problem found in 1 judged exchange');
  expect(md).toMatch(/\| \[SHOP-SESSION-FLAG\]\(https:[^)]+\) \| MUST \| inferred \|/);
  expect(md).toContain("The skill's console while answering:\n  ```text\n  RefundIntent <crashed> `here`\n  ```");
  const html = htmlReport(report);
  expect(html).toContain('The skill&#39;s console while answering');
  expect(html).toContain('RefundIntent &lt;crashed&gt; `here`');
  expect(html).toContain('<blockquote class="basis documented" data-basis="documented">If you implement the purchase-product');
  expect(html).toContain('<p class="basis inferred" data-basis="inferred"><strong>Inferred by the suite:</strong>');
  expect(html).toMatch(/<a href="https:\/\/developer\.amazon\.com\/[^"]+#handle-a-refund-request" rel="noreferrer">/);
});

test('report.md shows the request object first, so a long session does not push it past the cut', () => {
  const report = sample();
  const session = { sessionId: 'x'.repeat(3000), attributes: { big: 'y'.repeat(3000) } };
  report.requirements[0]!.status = 'fail';
  report.requirements[0]!.violations = [
    {
      message: 'no guidance',
      scenario: 'refund',
      request: { version: '1.0', session, request: { type: 'IntentRequest', intent: { name: 'RefundIntent' } } },
      response: {},
      replay: 'npx alexa-shopping-conformance run --only REFUND-GUIDANCE',
    },
  ];
  const md = markdownReport(report);
  expect(md).toContain('"name": "RefundIntent"');
  expect(md.indexOf('"request": {')).toBeLessThan(md.indexOf('"session": {'));
});

test('the same finding from two families is shown once, naming both scenarios', async () => {
  const { once } = await import('../src/report/build.js');
  const response = { version: '1.0', response: { outputSpeech: { type: 'SSML', ssml: '<speak>a & b</speak>' } } };
  const base = { message: 'SSML is not well-formed', request: {}, response, replay: 'r' };
  const merged = once([
    { ...base, scenario: 'launch en-US', case: 'launch:0' },
    { ...base, scenario: 'LaunchRequest as is', case: 'robust:4' },
    { ...base, scenario: 'other', response: { version: '1.0', response: {} } },
  ]);
  expect(merged).toHaveLength(2);
  expect(merged[0]?.alsoIn).toEqual(['LaunchRequest as is (robust:4)']);
  const report = sample();
  report.requirements[0]!.status = 'fail';
  report.requirements[0]!.violations = merged;
  expect(markdownReport(report)).toContain('The same finding in: `LaunchRequest as is (robust:4)`');
  expect(htmlReport(report)).toContain('<dt>same finding in</dt><dd>LaunchRequest as is (robust:4)</dd>');
});
