/**
 * The response rules the *-HANDLED requirements and ROBUST-UNKNOWN-FIELDS judge all at once (src/checks/response.ts)
 * are the RSP-* requirements' own checks: one each, none left out, so a new RSP-* rule cannot be judged alone only.
 */
import { expect, test } from '@playwright/test';
import { RESPONSE_RULES } from '../src/checks/response.js';
import { REQUIREMENTS } from '../src/requirements/registry.js';

test('every RSP-* module judges with its rule of RESPONSE_RULES, and every rule has its module', () => {
  const modules = REQUIREMENTS.filter((m) => m.entry.id.startsWith('RSP-'));
  expect(RESPONSE_RULES.map(([id]) => id).sort()).toEqual(modules.map((m) => m.entry.id).sort());
  for (const m of modules) expect(m.check, `${m.entry.id} judges with the rule rspProblems applies`).toBe(RESPONSE_RULES.find(([id]) => id === m.entry.id)?.[1]);
});
