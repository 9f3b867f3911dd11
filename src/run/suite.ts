/**
 * The Playwright face of the engine: each suites/<family>.spec.ts calls `familySuite(name)`, which
 * declares one test that runs the family and judges each requirement in a step of its own (a soft
 * assertion per requirement), then attaches the family's result for the certification reporter.
 * One test per family, not per requirement: Playwright restarts its worker after every failed test,
 * which costs seconds, so a failing skill must fail few tests. A family far larger than the others is
 * split into shares, one test each, so that `--shard` (which splits by test count) balances; the
 * certification reporter adds the shares' parts up again, in share order.
 */
import { test as base, expect } from '@playwright/test';
import { PROGRESS_STEP } from '../report/part-attachments.js';
import { redact } from '../report/redact.js';
import { failsRun, statusOf } from '../report/verdict.js';
import { requirement } from '../requirements/catalog.js';
import { familyByName } from '../scenarios/families.js';
import type { Target } from '../targets/exchange.js';
import { openTarget } from '../targets/resolve.js';
import { runFamilies } from './conformance.js';
import { runMeta } from './family-part.js';
import { PART_ATTACHMENT, type Part } from '../report/part-attachments.js';
import { runSettings, type RunSettings } from './settings.js';

const test = base.extend<object, { settings: RunSettings; target: Target }>({
  settings: [async ({}, use) => use(runSettings()), { scope: 'worker' }],
  target: [
    async ({ settings }, use) => {
      const target = await openTarget(settings.options.target, settings.options.cwd);
      await use(target);
      await target.close();
    },
    { scope: 'worker' },
  ],
});

/** How often a running family reports its probes so far. */
const PROGRESS_EVERY_MS = 10_000;

/**
 * The target, counting what is sent through it, and a timer that records the count as a step now and
 * then: steps reach the reporters while the test runs, so a long family shows progress in CI logs.
 */
function reportingProgress(target: Target): { target: Target; stop: () => void } {
  let sent = 0;
  const counting: Target = {
    kind: target.kind,
    location: target.location,
    concurrency: target.concurrency,
    send: (envelope, options) => {
      sent++;
      return target.send(envelope, options);
    },
    ...(target.takeStrayCalls ? { takeStrayCalls: () => target.takeStrayCalls?.() ?? [] } : {}),
    close: () => target.close(),
  };
  const timer = setInterval(() => void test.step(`${PROGRESS_STEP} ${sent} probes`, () => {}).catch(() => {}), PROGRESS_EVERY_MS);
  return { target: counting, stop: () => clearInterval(timer) };
}

/** One test's share of a split family: the matrix cases it runs, and why it has none when it has none. */
export interface FamilyShare {
  /** Added to the family's name in the test's title. */
  title: string;
  cases: (id: string) => boolean;
  /** Why a share that probed nothing is skipped (the family itself ran). */
  empty: string;
}

/**
 * Declares the tests of one scenario family: one, titled with the family's name, or one per share; the
 * steps are the requirement ids.
 */
export function familySuite(name: string, shares?: readonly FamilyShare[]): void {
  const family = familyByName(name);
  if (!family) throw new Error(`no scenario family named ${name}`);
  if (!shares) {
    familyTest(name);
    return;
  }
  if (family.kind !== 'matrix') throw new Error(`family ${name} is not a matrix: its cases cannot be shared out`);
  // Each share its own group, so shards (and workers) may take them apart.
  test.describe.configure({ mode: 'parallel' });
  shares.forEach((share, i) => familyTest(name, { ...share, index: i }));
}

function familyTest(name: string, share?: FamilyShare & { index: number }): void {
  test(share ? `${name} ${share.title}` : name, async ({ target, settings }, info) => {
    const { options } = settings;
    const progress = reportingProgress(target);
    const [result] = await runFamilies(options, progress.target, [name], undefined, share?.cases).finally(progress.stop);
    if (!result) throw new Error(`family ${name} produced no result`);
    const { requirements, ...facts } = result;
    // Everything that leaves the worker (the part, the messages JUnit keeps) is redacted here, once.
    const part: Part = redact(
      { run: runMeta(options, target), result: facts, requirements, ...(share ? { share: share.index } : {}) },
      options.config.secrets ?? [],
    );
    await info.attach(PART_ATTACHMENT, { body: JSON.stringify(part), contentType: 'application/json' });
    test.skip(facts.skipped !== undefined, facts.skipped);
    test.skip(share !== undefined && facts.probes === 0, share?.empty);
    info.annotations.push({ type: 'probes', description: String(facts.probes) });
    if (facts.stalled) info.annotations.push({ type: 'warning', description: facts.stalled });
    const verdictFacts = { declaredTasks: part.run.declaredTasks, ...(part.run.caseId ? { caseId: part.run.caseId } : {}) };
    for (const [id, tally] of Object.entries(part.requirements)) {
      await test.step(`${id} (${tally.probes} probes)`, () => {
        // The same decision report.json's row makes: a step fails exactly when the row fails at MUST (or --strict).
        const verdict = statusOf(id, tally, verdictFacts);
        if (verdict.status !== 'fail') return;
        const level = requirement(id)?.level ?? 'MUST';
        const found = tally.count > 0 ? `${tally.count} problem(s)` : (verdict.note ?? 'failed');
        const messages = tally.violations.map((v) => `  ${v.scenario}: ${v.message}\n    replay: ${v.replay}`).join('\n');
        if (!failsRun(verdict.status, level, options.strict)) {
          info.annotations.push({ type: 'warning', description: `${id} (SHOULD): ${found}\n${messages}` });
          return;
        }
        expect.soft(verdict.status, `${id} (${level}): ${found}\n${messages}`).toBe('pass');
      });
    }
  });
}
