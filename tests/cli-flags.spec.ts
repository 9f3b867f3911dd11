/**
 * Every flag a verb's parser accepts is documented: in the verb's usage text (what --help prints) and in the
 * README. A flag added to a parser without a word in either fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { usage, VERBS } from '../src/cli/main.js';
import { ROOT } from './helpers/cli.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** `--name` as a whole flag: `--page` is not found in `--page-size`. */
const mentions = (text: string, flag: string): boolean => new RegExp(`--${flag.replace(/[-]/g, '\\-')}(?![\\w-])`).test(text);

/** The README's "### Options" block: the run flags, one a line. */
function runOptionsBlock(): string {
  const section = README.slice(README.indexOf('### Options'));
  const block = /```\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README.md: no ``` block under "### Options"');
  return block[1]!;
}

// --help is every verb's: the overview says so once rather than each usage text.
const documented = (flags: object): string[] => Object.keys(flags).filter((f) => f !== 'help');

test('the overview tells how to get each verb\'s --help, and every verb takes it', () => {
  expect(usage()).toContain('<verb> --help');
  for (const [verb, entry] of Object.entries(VERBS)) expect(entry.flags, verb).toHaveProperty('help', 'boolean');
});

for (const [verb, entry] of Object.entries(VERBS)) {
  test(`${verb}: every flag its parser accepts is in its usage text and in the README`, () => {
    const flags = documented(entry.flags);
    expect(flags.filter((f) => !mentions(entry.usage, f)), `flags of ${verb} missing from its usage text`).toEqual([]);
    expect(flags.filter((f) => !mentions(README, f)), `flags of ${verb} missing from README.md`).toEqual([]);
  });
}

test('the README\'s run options list every flag run accepts', () => {
  const block = runOptionsBlock();
  const run = VERBS['run'];
  if (!run) throw new Error('no run verb');
  expect(documented(run.flags).filter((f) => !mentions(block, f))).toEqual([]);
});

test('a flag missing from a text is found missing', () => {
  expect(mentions('--page-size n', 'page')).toBe(false);
  expect(mentions('[--runs n]', 'run')).toBe(false);
  expect(mentions('[--slow-ms ms]', 'slow-ms')).toBe(true);
  expect(mentions('--workers: how many', 'workers')).toBe(true);
});
