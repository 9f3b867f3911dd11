import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { validate } from '../src/schema/ajv.js';
import { packageRoot } from '../src/schema/paths.js';
import { schemaIds } from '../src/schema/registry.js';

// The built CLI, as npx runs it (scripts/test.sh builds dist/ first).
const BIN = join(packageRoot(), 'bin', 'alexa-shopping-conformance.js');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const { status, stdout, stderr } = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status, stdout, stderr };
}

const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');

/** One line on stderr, naming the tool, and no stack trace. */
function expectOneLineComplaint(stderr: string): void {
  expect(lines(stderr)).toHaveLength(1);
  expect(stderr).toMatch(/^alexa-shopping-conformance: /);
  expect(stderr).not.toMatch(/\n\s+at /);
}

test('sample prints NDJSON instances that validate', () => {
  const { status, stdout, stderr } = cli('sample', 'shopping/product-entity', '--count', '5', '--seed', '7');
  expect(stderr).toBe('');
  expect(status).toBe(0);
  const values = lines(stdout).map((l) => JSON.parse(l) as unknown);
  expect(values).toHaveLength(5);
  for (const v of values) expect(validate('shopping/product-entity', v)).toEqual([]);
});

test('sample: the same seed gives the same output, --flag=value alike', () => {
  const first = cli('sample', 'alexa/request-envelope', '--count', '120', '--seed', '7');
  const again = cli('sample', 'alexa/request-envelope', '--count=120', '--seed=7');
  expect(first.status).toBe(0);
  expect(again.stdout).toBe(first.stdout);
  expect(lines(first.stdout)).toHaveLength(120);
});

test('sample --invalid prints values that fail, each with its mutation', () => {
  const { status, stdout } = cli('sample', 'shopping/product-entity', '--count', '30', '--seed', '7', '--invalid');
  expect(status).toBe(0);
  const rows = lines(stdout).map((l) => JSON.parse(l) as { value: unknown; mutation: string });
  expect(rows).toHaveLength(30);
  for (const { value, mutation } of rows) {
    const [, keyword, path] = /^(\w+) at (\S+): .+/.exec(mutation) ?? [];
    const errors = validate('shopping/product-entity', value);
    expect(errors.some((e) => e.keyword === keyword && (e.instancePath || '/') === path), mutation).toBe(true);
  }
});

test('sample --now anchors the timestamps', () => {
  const { stdout } = cli('sample', 'alexa/launch-request', '--count', '20', '--seed', '3', '--now', '2030-06-01T12:00:00Z');
  for (const l of lines(stdout)) {
    const age = Date.parse('2030-06-01T12:00:00Z') - Date.parse((JSON.parse(l) as { timestamp: string }).timestamp);
    expect(age >= 0 && age <= 60_000).toBe(true);
  }
});

test('an unknown schema id, an unknown flag, a missing value and an unknown verb exit 2 with one line', () => {
  for (const args of [
    ['sample', 'shopping/no-such-schema'],
    ['sample', 'shopping/product-entity', '--bogus'],
    ['sample', 'shopping/product-entity', '--count'],
    ['sample', 'shopping/product-entity', '--count', 'many'],
    ['frobnicate'],
  ]) {
    const { status, stdout, stderr } = cli(...args);
    expect(status, args.join(' ')).toBe(2);
    expect(stdout).toBe('');
    expectOneLineComplaint(stderr);
  }
  expect(cli('sample', 'shopping/no-such-schema').stderr).toContain('alexa-shopping-conformance schemas');
  expect(cli('sample', 'shopping/product-entity', '--bogus').stderr).toContain('--bogus');
});

test('schemas lists the schema ids, one a line', () => {
  const { status, stdout } = cli('schemas');
  expect(status).toBe(0);
  expect(lines(stdout)).toEqual(schemaIds());
});

test('--help prints the usage with every verb', () => {
  const { status, stdout } = cli('--help');
  expect(status).toBe(0);
  expect(stdout).toContain('sample <schema-id>');
  expect(stdout).toContain('schemas');
});
