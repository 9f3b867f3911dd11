/** What a request-verification run records of its unsigned control request (report.json `security.control`), on hand-built traces. */
import { expect, test } from '@playwright/test';
import { controlOutcome } from '../src/checks/security.js';
import type { Entry, Trace } from '../src/checks/types.js';
import type { Exchange } from '../src/targets/exchange.js';

const ENVELOPE = { version: '1.0', request: { type: 'LaunchRequest' } };

function exchange(extra: Partial<Exchange>): Exchange {
  return { request: ENVELOPE, bytes: 10, ms: 5, outbound: [], ...extra };
}

const entry = (requirement: string, ex: Exchange, role: Entry['role'] = 'security'): Entry => ({ label: requirement, role, exchange: ex, meta: { probe: requirement, requirement } });
const trace = (...entries: Entry[]): Trace => ({ family: 'security', caseId: 'security:probes', entries });

test('a 2xx control is accepted; any other status, or no answer, is refused (as the gated checks see it)', () => {
  expect(controlOutcome([trace(entry('control', exchange({ status: 200 })), entry('SEC-SIGNATURE', exchange({ status: 200 })))])).toBe('accepted');
  expect(controlOutcome([trace(entry('control', exchange({ status: 204 })))])).toBe('accepted');
  expect(controlOutcome([trace(entry('control', exchange({ status: 400 })), entry('SEC-SIGNATURE', exchange({ status: 200 })))])).toBe('refused');
  expect(controlOutcome([trace(entry('control', exchange({ status: 302 })))])).toBe('refused');
  expect(controlOutcome([trace(entry('control', exchange({ error: 'socket hang up' })))])).toBe('refused');
});

test('no control sent records nothing: another family, an unsent control, a control entry of another role', () => {
  expect(controlOutcome([])).toBeUndefined();
  expect(controlOutcome([trace(entry('SEC-SIGNATURE', exchange({ status: 400 })))])).toBeUndefined();
  expect(controlOutcome([trace(entry('control', exchange({ notSent: true })))])).toBeUndefined();
  expect(controlOutcome([{ family: 'launch', caseId: 'launch:1', entries: [entry('control', exchange({ status: 200 }), 'launch')] }])).toBeUndefined();
});
