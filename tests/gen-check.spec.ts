import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { ROOT } from './helpers/cli.js';

const run = promisify(execFile);

/** A copy of what the generator reads and writes, in a folder of its own. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'asc-gen-'));
  for (const part of ['schemas', 'scripts', join('src', 'types'), join('src', 'requirements'), 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

async function check(dir: string): Promise<{ status: number; stderr: string }> {
  try {
    await run(process.execPath, [join(dir, 'scripts', 'gen-types.mjs'), '--check'], { cwd: dir });
    return { status: 0, stderr: '' };
  } catch (err) {
    const e = err as { code?: number; stderr?: string };
    return { status: e.code ?? 1, stderr: e.stderr ?? '' };
  }
}

test('gen:check passes on the committed types and fails after a schema edit without regeneration', async () => {
  test.setTimeout(120_000);
  const dir = workspace();
  expect(await check(dir)).toEqual({ status: 0, stderr: '' });

  const file = join(dir, 'schemas', 'shopping', 'attribution.schema.json');
  const schema = JSON.parse(readFileSync(file, 'utf8')) as { properties: Record<string, unknown> };
  schema.properties['campaign'] = { description: 'A field Amazon added.', type: 'string' };
  writeFileSync(file, JSON.stringify(schema, null, 2));
  const stale = await check(dir);
  expect(stale.status).toBe(1);
  expect(stale.stderr).toContain('src/types/index.ts');

  await run(process.execPath, [join(dir, 'scripts', 'gen-types.mjs')], { cwd: dir });
  expect(readFileSync(join(dir, 'src', 'types', 'index.ts'), 'utf8')).toContain('campaign?: string;');
  expect((await check(dir)).status).toBe(0);
});

test('gen:check fails when a requirement module is added without regenerating the list of modules', async () => {
  test.setTimeout(120_000);
  const dir = workspace();
  cpSync(join(dir, 'src', 'requirements', 'refund', 'no-task.ts'), join(dir, 'src', 'requirements', 'refund', 'no-task-again.ts'));
  const stale = await check(dir);
  expect(stale.status).toBe(1);
  expect(stale.stderr).toContain('src/requirements/index.ts');
  await run(process.execPath, [join(dir, 'scripts', 'gen-types.mjs')], { cwd: dir });
  expect(readFileSync(join(dir, 'src', 'requirements', 'index.ts'), 'utf8')).toContain("import refundNoTaskAgain from './refund/no-task-again.js';");
  expect((await check(dir)).status).toBe(0);
});
