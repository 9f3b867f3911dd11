/**
 * The Playwright face of the engine: each suites/<family>.spec.ts calls `familySuite(name)`, which
 * declares one test per requirement the family judges. The family runs once per run: the first test
 * runs it and keeps the result on disk, so the others (even in a worker restarted after a failure)
 * read it instead of probing again. Each test attaches its requirement's share for the reporter.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type TestInfo } from '@playwright/test';
import { redact } from '../report/redact.js';
import { requirement } from '../schema/catalog.js';
import { familyByName } from '../scenarios/families.js';
import type { Target } from '../targets/exchange.js';
import { openTarget } from '../targets/resolve.js';
import { runFamilies } from './conformance.js';
import type { FamilyResult } from './family-run.js';
import { resolveOptions, type Resolved } from './options.js';
import { PART_ATTACHMENT, type Part, type RunMeta } from './part.js';
import { runSettings } from './settings.js';

const test = base.extend<object, { resolved: Resolved; target: Target }>({
  resolved: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const settings = runSettings();
      await use(resolveOptions({ ...settings.options, cwd: settings.cwd }));
    },
    { scope: 'worker' },
  ],
  target: [
    async ({ resolved }, use) => {
      const target = await openTarget(resolved.spec, runSettings().cwd);
      await use(target);
      await target.close();
    },
    { scope: 'worker' },
  ],
});

const running = new Map<string, Promise<FamilyResult>>();

/** The family's result: from this worker's memory, from the run's disk cache, or by running it. */
function familyResult(name: string, resolved: Resolved, target: Target, info: TestInfo): Promise<FamilyResult> {
  let result = running.get(name);
  if (result) return result;
  const dir = join(info.project.outputDir, '.families');
  const file = join(dir, `${name}.json`);
  result = existsSync(file)
    ? Promise.resolve(JSON.parse(readFileSync(file, 'utf8')) as FamilyResult)
    : runFamilies(resolved, target, [name]).then(([r]) => {
        if (!r) throw new Error(`family ${name} produced no result`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, JSON.stringify(r));
        return r;
      });
  running.set(name, result);
  return result;
}

function runMeta(resolved: Resolved, target: Target): RunMeta {
  const { config } = resolved.loaded;
  const spec = resolved.spec;
  return {
    target: { kind: target.kind, location: target.location },
    seed: resolved.seed,
    runs: resolved.runs,
    strict: resolved.strict,
    timeoutMs: resolved.timeoutMs,
    ...(resolved.only ? { only: resolved.only } : {}),
    ...(resolved.caseId ? { caseId: resolved.caseId } : {}),
    locales: config.locales ?? ['en-US'],
    declaredTasks: Object.keys(config.actions ?? {}),
    secrets: config.secrets ?? [],
    targetArgs: 'handler' in spec ? ['--handler', spec.handler] : 'endpoint' in spec ? ['--endpoint', spec.endpoint] : [],
    ...(runSettings().options.config && typeof runSettings().options.config === 'string' ? { config: runSettings().options.config as string } : {}),
    ...('endpoint' in spec ? { endpoint: spec.endpoint } : {}),
  };
}

async function attachPart(info: TestInfo, part: Part): Promise<void> {
  await info.attach(PART_ATTACHMENT, { body: JSON.stringify(redact(part, part.run.secrets)), contentType: 'application/json' });
}

/** Declares the tests of one scenario family. Titles are stable: "<requirement id> › <family>". */
export function familySuite(name: string): void {
  const family = familyByName(name);
  if (!family) throw new Error(`no scenario family named ${name}`);
  test.describe.configure({ mode: 'default' });

  for (const id of family.requirements) {
    test(`${id} › ${name}`, async ({ resolved, target }, info) => {
      test.skip(!resolved.selected(id), `not selected by --only`);
      const result = await familyResult(name, resolved, target, info);
      const { requirements, ...facts } = result;
      const tally = requirements[id] ?? { probes: 0, count: 0, violations: [] };
      await attachPart(info, { run: runMeta(resolved, target), family: facts, requirements: { [id]: tally } });
      test.skip(tally.probes === 0, facts.skipped ?? facts.stalled ?? 'nothing in this family was judged by this requirement');
      const level = requirement(id)?.level ?? 'MUST';
      const messages = tally.violations.map((v) => `${v.scenario}: ${v.message}\n  replay: ${v.replay}`);
      if (tally.count > 0 && level === 'SHOULD' && !resolved.strict) {
        info.annotations.push({ type: 'warning', description: `${id} (SHOULD): ${tally.count} violation(s)\n${messages.join('\n')}` });
        return;
      }
      expect(tally.count, `${id} (${level}) ${tally.count} violation(s):\n${messages.join('\n')}`).toBe(0);
    });
  }

  // Requirements this family was not meant to judge but did (a StartConnection in a refund response, say).
  test(`other requirements › ${name}`, async ({ resolved, target }, info) => {
    const result = await familyResult(name, resolved, target, info);
    const { requirements, ...facts } = result;
    const others = Object.fromEntries(Object.entries(requirements).filter(([id]) => !family.requirements.includes(id)));
    await attachPart(info, { run: runMeta(resolved, target), family: facts, requirements: others });
    const failing = Object.entries(others).filter(([id, t]) => t.count > 0 && (requirement(id)?.level === 'MUST' || resolved.strict));
    expect(failing.map(([id, t]) => `${id}: ${t.violations[0]?.scenario}: ${t.violations[0]?.message}`)).toEqual([]);
  });
}
