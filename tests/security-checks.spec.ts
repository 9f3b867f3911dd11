/** The SEC-* checks on hand-built traces: each fires on an accepted probe and not on a refusal, and the gated ones wait for the control. */
import { expect, test } from '@playwright/test';
import { CHECKS } from '../src/requirements/registry.js';

const checkById = (id: string) => CHECKS.find((c) => c.id === id);
import type { Entry, Trace } from '../src/checks/types.js';
import { judgeTrace } from '../src/run/judge.js';
import { type RequirementTally } from '../src/report/tally.js';
import { reproducer } from '../src/report/reproduce.js';
import type { Exchange } from '../src/targets/exchange.js';

const CTX = { timeoutMs: 8000, declaredTasks: new Set<never>() };
const ENVELOPE = { version: '1.0', request: { type: 'LaunchRequest' } };
const SKILL_ANSWER = { version: '1.0', response: { outputSpeech: { type: 'PlainText', text: 'Welcome' } } };

function exchange(status: number | undefined, body?: unknown, extra: Partial<Exchange> = {}): Exchange {
  return { request: ENVELOPE, ...(status === undefined ? {} : { status }), ...(body === undefined ? {} : { body }), bytes: 10, ms: 5, outbound: [], headers: { 'Signature-256': 'c2ln' }, ...extra };
}

const entry = (requirement: string, ex: Exchange): Entry => ({ label: `probe of ${requirement}`, role: 'security', exchange: ex, meta: { probe: requirement, requirement } });

function trace(control: Exchange, ...entries: Entry[]): Trace {
  return { family: 'security', caseId: 'security:probes', entries: [entry('control', control), ...entries] };
}

function problemsOf(id: string, t: Trace): string[] {
  const check = checkById(id);
  if (!check) throw new Error(`no check ${id}`);
  return t.entries.flatMap((e, at) => (check.applies(e, t, CTX) ? check.problems(e, t, CTX, at).map((p) => p.message) : []));
}

const applied = (id: string, t: Trace): number => t.entries.filter((e) => checkById(id)?.applies(e, t, CTX)).length;

const REFUSED = exchange(400, undefined, { raw: 'bad signature' });
const ACCEPTED = exchange(200, SKILL_ANSWER);

for (const id of ['SEC-SIGNATURE', 'SEC-CERT-URL', 'SEC-CERT']) {
  test(`${id} fires on an accepted probe and on a refusal that is not 400, not on a 400`, () => {
    expect(problemsOf(id, trace(REFUSED, entry(id, REFUSED)))).toEqual([]);
    expect(problemsOf(id, trace(REFUSED, entry(id, ACCEPTED)))[0]).toMatch(/expected HTTP 400, got HTTP 200 \(the request was accepted\)/);
    expect(problemsOf(id, trace(REFUSED, entry(id, exchange(403)))).join()).toMatch(/got HTTP 403/);
    expect(problemsOf(id, trace(REFUSED, entry(id, exchange(400, SKILL_ANSWER)))).join()).toMatch(/carries a response envelope/);
    expect(problemsOf(id, trace(REFUSED, entry(id, exchange(undefined, undefined, { error: 'no answer within 8000 ms', timedOut: true }))))).toHaveLength(1);
  });
}

test("SEC-CERT does not count a 400 as a pass: its probe's loopback certificate URL is refused before any certificate is read", () => {
  expect(applied('SEC-CERT', trace(REFUSED, entry('SEC-CERT', REFUSED)))).toBe(0);
  expect(applied('SEC-CERT', trace(REFUSED, entry('SEC-CERT', ACCEPTED)))).toBe(1);
  expect(applied('SEC-CERT-URL', trace(REFUSED, entry('SEC-CERT-URL', REFUSED)))).toBe(1);
});

test('SEC-SIG-HEADERS judges the control request too', () => {
  expect(applied('SEC-SIG-HEADERS', trace(REFUSED, entry('SEC-SIG-HEADERS', REFUSED)))).toBe(2);
  expect(problemsOf('SEC-SIG-HEADERS', trace(ACCEPTED, entry('SEC-SIG-HEADERS', REFUSED)))[0]).toMatch(/^probe of control: expected HTTP 400/);
  expect(problemsOf('SEC-SIG-HEADERS', trace(REFUSED, entry('SEC-SIG-HEADERS', REFUSED)))).toEqual([]);
});

for (const id of ['SEC-TIMESTAMP', 'SEC-TIMESTAMP-FUTURE']) {
  test(`${id} is judged only when the unsigned control was accepted`, () => {
    expect(applied(id, trace(REFUSED, entry(id, ACCEPTED)))).toBe(0);
    expect(applied(id, trace(exchange(401), entry(id, ACCEPTED)))).toBe(0);
    expect(problemsOf(id, trace(ACCEPTED, entry(id, ACCEPTED)))).toHaveLength(1);
    expect(problemsOf(id, trace(ACCEPTED, entry(id, REFUSED)))).toEqual([]);
    expect(problemsOf(id, trace(ACCEPTED, entry(id, exchange(500))))).toHaveLength(1);
  });
}

test('SEC-APPLICATION-ID takes any 4xx or 5xx without skill output, once the control was accepted', () => {
  const id = 'SEC-APPLICATION-ID';
  expect(applied(id, trace(REFUSED, entry(id, ACCEPTED)))).toBe(0);
  expect(problemsOf(id, trace(ACCEPTED, entry(id, exchange(500, undefined, { raw: 'AskSdk.Skill dispatch failed Error' }))))).toEqual([]);
  expect(problemsOf(id, trace(ACCEPTED, entry(id, exchange(403))))).toEqual([]);
  expect(problemsOf(id, trace(ACCEPTED, entry(id, ACCEPTED)))[0]).toMatch(/got HTTP 200 \(the skill answered it\)/);
  expect(problemsOf(id, trace(ACCEPTED, entry(id, exchange(500, SKILL_ANSWER))))).toHaveLength(1);
});

test('only SEC-* checks judge the probes, and a violation carries the headers sent and the status', () => {
  const t = trace(ACCEPTED, entry('SEC-SIGNATURE', exchange(200, 'not an envelope')));
  const tallies = new Map<string, RequirementTally>();
  judgeTrace(t, CTX, () => true, reproducer({ targetArgs: ['--endpoint', 'https://127.0.0.1:1/'], seed: 1, runs: 1, timeoutMs: 8000, endpoint: 'https://127.0.0.1:1/' }), tallies);
  expect([...tallies.keys()].sort()).toEqual(['SEC-SIG-HEADERS', 'SEC-SIGNATURE']);
  const violation = tallies.get('SEC-SIGNATURE')?.violations[0];
  expect(violation?.status).toBe(200);
  expect(violation?.headers).toEqual({ 'Signature-256': 'c2ln' });
});

test('a curl line replays a probe with its own headers, an empty one too', () => {
  const curl = reproducer({ targetArgs: [], seed: 1, runs: 1, timeoutMs: 8000, endpoint: 'https://127.0.0.1:1/' }).curl(ENVELOPE, {
    'content-type': 'application/json',
    SignatureCertChainUrl: 'https://s3.amazonaws.com/echo.api/echo-api-cert.pem',
    'Signature-256': '',
  });
  expect(curl).toContain("-H 'SignatureCertChainUrl: https://s3.amazonaws.com/echo.api/echo-api-cert.pem'");
  expect(curl).toContain("-H 'Signature-256;'");
  expect(curl?.match(/content-type/gi)).toHaveLength(1);
});
