import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { judgeTrace } from '../src/run/judge.js';
import { type RequirementTally } from '../src/report/tally.js';
import { CONSOLE_LIMIT, HandlerTarget } from '../src/targets/handler.js';
import { ROOT } from './helpers/cli.js';

const SKILL = join(ROOT, 'tests', 'fixtures', 'console-skill.mjs');
const LAUNCH = { version: '1.0', request: { type: 'LaunchRequest', requestId: 'r1', timestamp: '2026-01-01T00:00:00Z', locale: 'en-US' } };

test('the handler\'s console output while answering is kept with the exchange, and only its own', async () => {
  const target = HandlerTarget.fromSpec(`${SKILL}#hidesCrash`);
  try {
    const first = await target.send(LAUNCH, { timeoutMs: 5000 });
    expect(first.console).toContain('request LaunchRequest');
    expect(first.console).toContain("TypeError: Cannot read properties of undefined (reading 'asin')");
    expect(first.console).toContain('written straight to stdout');
    expect(first.console, 'output at module load belongs to no request').not.toContain('loading:');
    const second = await target.send(LAUNCH, { timeoutMs: 5000 });
    expect(second.console?.match(/request LaunchRequest/g)).toHaveLength(1);
  } finally {
    await target.close();
  }
});

test('console output is capped per exchange, and says how much more there was', async () => {
  const target = HandlerTarget.fromSpec(`${SKILL}#floods`);
  try {
    const exchange = await target.send(LAUNCH, { timeoutMs: 5000 });
    expect(exchange.console?.length).toBeLessThan(CONSOLE_LIMIT + 100);
    expect(exchange.console).toMatch(/… \(\d+ more characters\)$/);
  } finally {
    await target.close();
  }
  const quiet = HandlerTarget.fromSpec(`${SKILL}#quiet`);
  try {
    expect((await quiet.send(LAUNCH, { timeoutMs: 5000 })).console).toBeUndefined();
  } finally {
    await quiet.close();
  }
});

test('a violation carries the console output of its exchange', async () => {
  const target = HandlerTarget.fromSpec(`${SKILL}#hidesCrash`);
  try {
    const exchange = await target.send(LAUNCH, { timeoutMs: 5000 });
    exchange.body = { version: '1.0', response: {} };
    const into = new Map<string, RequirementTally>();
    const trace = { family: 'launch', caseId: 'launch:0', entries: [{ label: 'launch en-US', role: 'launch' as const, exchange, meta: {} }] };
    judgeTrace(trace, { timeoutMs: 5000, declaredTasks: new Set() }, (id) => id === 'LAUNCH-RESPONDS', { replay: () => 'replay', curl: () => undefined }, into);
    expect(into.get('LAUNCH-RESPONDS')?.violations[0]?.console).toContain('AddToCartHandler.handle');
  } finally {
    await target.close();
  }
});

test('a handler that loaded and then fails during the run is a finding per request, not "loading the handler crashed"', async () => {
  const marker = join(mkdtempSync(join(tmpdir(), 'asc-console-')), 'died');
  process.env['ASC_CONSOLE_MARKER'] = marker;
  const target = HandlerTarget.fromSpec(`${SKILL}#diesDuringRun`);
  try {
    const first = await target.send(LAUNCH, { timeoutMs: 5000 });
    expect(first.error).toMatch(/exited/);
    const second = await target.send(LAUNCH, { timeoutMs: 5000 });
    expect(second.error).toContain('the product table is gone');
    expect(second.error).not.toMatch(/^loading the handler crashed/);
  } finally {
    delete process.env['ASC_CONSOLE_MARKER'];
    await target.close();
  }
});
