/** Whether a requirement's first violation timed out is a typed flag of its tally: shrinking reads it, not the message text. */
import { expect, test } from '@playwright/test';
import type { Entry, Trace } from '../src/checks/types.js';
import { judgeTrace } from '../src/run/judge.js';
import { type RequirementTally } from '../src/report/tally.js';
import { reproducer } from '../src/report/reproduce.js';
import type { Exchange } from '../src/targets/exchange.js';

const CTX = { timeoutMs: 1000, declaredTasks: new Set<never>() };
const REPRODUCE = reproducer({ targetArgs: [], seed: 1, runs: 1, timeoutMs: 1000 });
const LAUNCH = { version: '1.0', request: { type: 'LaunchRequest', locale: 'en-US' } };

const launch = (exchange: Partial<Exchange>): Entry => ({ label: 'launch', role: 'launch', exchange: { request: LAUNCH, bytes: 0, ms: 5, outbound: [], ...exchange }, meta: {} });
const trace = (...entries: Entry[]): Trace => ({ family: 'launch', caseId: 'launch:0', entries });
const judged = (t: Trace): Map<string, RequirementTally> => {
  const tallies = new Map<string, RequirementTally>();
  judgeTrace(t, CTX, (id) => id === 'RSP-TIME' || id === 'RSP-HTTP', REPRODUCE, tallies);
  return tallies;
};

test('a first violation whose request timed out flags its tally, whatever its error says', () => {
  const tallies = judged(trace(launch({ timedOut: true, ms: 1000, error: 'the worker gave up' })));
  expect(tallies.get('RSP-TIME')?.count).toBeGreaterThan(0);
  expect(tallies.get('RSP-TIME')?.firstTimedOut).toBe(true);
});

test('a first violation that did not time out leaves the flag unset, even when its error reads like a timeout', () => {
  const tallies = judged(trace(launch({ status: 500, error: 'no answer within 1000 ms', raw: 'oops' }), launch({ timedOut: true, ms: 1000 })));
  const http = tallies.get('RSP-HTTP');
  expect(http?.count).toBeGreaterThan(0);
  expect(http?.firstTimedOut).toBeUndefined();
});
