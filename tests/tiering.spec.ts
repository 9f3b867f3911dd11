/**
 * The CLI raises V8's interrupt budget for a short run (src/cli/tiering.ts): only on the Node it was measured on,
 * only for runs of at most SHORT_RUNS cases a family, and never over a budget given on the command line.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { INTERRUPT_BUDGET, raisedBudget, SHORT_RUNS } from '../src/cli/tiering.js';

test('a short run on Node 20 gets the raised budget; a long run, another Node, or a budget of the command line does not', () => {
  expect(raisedBudget('v20.20.2', [], 100)).toBe(INTERRUPT_BUDGET);
  expect(raisedBudget('v20.0.0', ['--enable-source-maps'], SHORT_RUNS)).toBe(INTERRUPT_BUDGET);
  expect(raisedBudget('v20.20.2', [], SHORT_RUNS + 1)).toBeUndefined();
  expect(raisedBudget('v22.11.0', [], 100)).toBeUndefined();
  expect(raisedBudget('v20.20.2', ['--interrupt-budget=1000'], 100)).toBeUndefined();
  expect(raisedBudget('v20.20.2', ['--interrupt_budget', '1000'], 100)).toBeUndefined();
});

test('raising it writes nothing to stderr', () => {
  const tiering = join(process.cwd(), 'dist', 'src', 'cli', 'tiering.js');
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', `const { tuneTiering } = await import(${JSON.stringify(tiering)}); tuneTiering(100); console.log('ok');`], { encoding: 'utf8' });
  expect(child.stderr).toBe('');
  expect(child.stdout.trim()).toBe('ok');
});
