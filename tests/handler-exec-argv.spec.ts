/**
 * The handler threads start whatever flags the host process was started with: a library user running the suite
 * from `node --input-type=module -e ...` keeps the flags a module needs (--enable-source-maps) and drops the ones
 * that say what the host runs, which would make every thread fail to start, and those Node refuses in a thread
 * (V8's own, such as --max-old-space-size), which would stop the run with a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { threadExecArgv } from '../src/targets/handler-container.js';

test('a thread keeps the host flags a module needs and drops the eval flags and their code', () => {
  expect(threadExecArgv(['--enable-source-maps', '--input-type=module', '-e', 'code', '--max-old-space-size=512'])).toEqual(['--enable-source-maps', '--max-old-space-size=512']);
  expect(threadExecArgv(['-p', '1+1'])).toEqual([]);
  expect(threadExecArgv(['--eval=code', '--print=1'])).toEqual([]);
});

test('the reference skill answers in process when the host runs from node --input-type=module -e, with V8 flags a thread refuses', () => {
  const handler = join(process.cwd(), 'dist', 'src', 'targets', 'handler.js');
  const resolve = join(process.cwd(), 'dist', 'src', 'targets', 'resolve.js');
  const code = `const { HandlerTarget } = await import(${JSON.stringify(handler)});
const { REFERENCE_SKILL } = await import(${JSON.stringify(resolve)});
const target = new HandlerTarget({ file: REFERENCE_SKILL(), exportName: 'handler' }, 'reference');
await target.start();
await target.close();
console.log('loaded');`;
  // V8's flags hold for the whole process; Node refuses them in a thread's execArgv.
  const child = spawnSync(process.execPath, ['--max-old-space-size=512', '--enable-source-maps', '--stack-size=2000', '--input-type=module', '-e', code], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(child.stderr).toBe('');
  expect(child.stdout.trim()).toBe('loaded');
});
