/** Product calls made with no request in flight (a skill listing products while its module loads) are ISP-ENDPOINT findings. */
import { expect, test } from '@playwright/test';
import type { RequirementTally } from '../src/report/tally.js';
import { reproducer } from '../src/report/reproduce.js';
import { strayFindings } from '../src/run/stray-calls.js';
import type { StrayCall } from '../src/targets/exchange.js';

const REPRODUCE = reproducer({ targetArgs: ['--handler', 'skill.js'], seed: 1, runs: 1, timeoutMs: 8000 });
const LIST = 'https://api.amazonalexa.com/v1/users/~current/skills/~current/inSkillProducts';
const call = (url: string, loading: boolean): StrayCall => ({ call: { method: 'GET', url, headers: {}, blocked: true }, loading });

test('a product call made while the module loads is an ISP-ENDPOINT violation with the call as evidence and a replay without a case', () => {
  const tallies = new Map<string, RequirementTally>();
  strayFindings([call(LIST, true)], () => true, REPRODUCE, tallies);
  const tally = tallies.get('ISP-ENDPOINT');
  expect(tally?.count).toBe(1);
  expect(tally?.probes).toBe(1);
  const [violation] = tally?.violations ?? [];
  expect(violation?.scenario).toBe('module load');
  expect(violation?.message).toMatch(/^GET https:\/\/api\.amazonalexa\.com\/v1\/users\/~current\/skills\/~current\/inSkillProducts was made while the skill's module loaded/);
  expect(violation?.outbound).toEqual([{ method: 'GET', url: LIST, headers: {}, blocked: true }]);
  expect(violation?.replay).toBe('npx alexa-shopping-conformance run --handler skill.js --seed 1 --runs 1 --only ISP-ENDPOINT');
});

test('a late product call is a finding too; it adds to the tally the family already has', () => {
  const tallies = new Map<string, RequirementTally>([['ISP-ENDPOINT', { probes: 4, count: 0, violations: [] }]]);
  strayFindings([call(`${LIST}/amzn1.adg.product.1`, false)], () => true, REPRODUCE, tallies);
  expect(tallies.get('ISP-ENDPOINT')).toMatchObject({ probes: 5, count: 1, violations: [{ scenario: 'between requests' }] });
});

test('calls to other services, no calls, or ISP-ENDPOINT not selected: nothing', () => {
  const tallies = new Map<string, RequirementTally>();
  strayFindings([call('https://example.com/metrics', true)], () => true, REPRODUCE, tallies);
  strayFindings([], () => true, REPRODUCE, tallies);
  strayFindings([call(LIST, true)], (id) => id !== 'ISP-ENDPOINT', REPRODUCE, tallies);
  expect(tallies.size).toBe(0);
});
