/**
 * Every requirement's check on its hand-built cases (tests/requirements/<area>/<file>.cases.ts): each case fires or
 * holds as it says, and every requirement has at least one case that fires and one that holds.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { CHECKS, CLIENT_CHECKS, REQUIREMENTS } from '../src/requirements/registry.js';
import { packageRoot } from '../src/schema/paths.js';
import type { CheckCases } from './helpers/check-cases.js';
import { CTX } from './helpers/traces.js';

/** tests/requirements/<area>/<file>.cases.ts of a requirement id: its module's path under src/requirements/. */
export function casesFile(id: string): string {
  const [prefix = '', ...rest] = id.split('-');
  return join(packageRoot(), 'tests', 'requirements', prefix.toLowerCase(), `${rest.join('-').toLowerCase()}.cases.ts`);
}

/** The problems a case shows: every message of every entry the check applies to. */
function problems(id: string, cases: CheckCases, index: number): string[] {
  if (cases.kind === 'skill') {
    const c = cases.cases[index]!;
    const check = CHECKS.find((k) => k.id === id);
    if (!check) throw new Error(`${id} is no skill requirement`);
    const ctx = c.ctx ?? CTX;
    return c.trace.entries.flatMap((entry, at) => (check.applies(entry, c.trace, ctx) ? check.problems(entry, c.trace, ctx, at).map((p) => p.message) : []));
  }
  const c = cases.cases[index]!;
  const check = CLIENT_CHECKS.find((k) => k.id === id);
  if (!check) throw new Error(`${id} is no client requirement`);
  return check.applies(c.case) ? check.problems(c.case).map((p) => p.message) : [];
}

for (const { entry } of REQUIREMENTS) {
  test(`${entry.id}: its check fires and holds on its hand-built cases`, async () => {
    const file = casesFile(entry.id);
    expect(existsSync(file), `write ${file.slice(packageRoot().length + 1)}`).toBe(true);
    const cases = ((await import(pathToFileURL(file).href)) as { default: CheckCases }).default;
    expect(cases.cases.some((c) => c.fires), 'a case where the check fires').toBe(true);
    expect(cases.cases.some((c) => !c.fires), 'a case where the check holds').toBe(true);
    cases.cases.forEach((c, index) => {
      const found = problems(entry.id, cases, index);
      expect(found.length > 0, `${c.name}: ${c.fires ? 'fires' : 'holds'} (${found.join(' | ') || 'no problem'})`).toBe(c.fires);
      if (c.message) expect(found.some((m) => c.message!.test(m)), `${c.name}: a problem matches ${c.message} (${found.join(' | ')})`).toBe(true);
    });
  });
}
