/**
 * The Playwright face of the engine: each suites/<family>.spec.ts calls `familySuite(name)`, which declares one
 * test per family (one per share of a split family) that reports its unit: the run process (`alexa-shopping-
 * conformance run`) probes every unit at once against the one skill it loaded while Playwright starts, and the test
 * asks it for its unit's outcome, judges each requirement in a step of its own (a soft assertion per requirement),
 * and attaches the family's result for the certification reporter. This file imports nothing of the engine, so
 * that collecting the tests and starting a worker stay cheap.
 *
 * One test per family, not per requirement: Playwright restarts its worker after every failed test, which costs
 * time, so a failing skill must fail few tests. A family far larger than the others is split into shares, one test
 * each, so that `--shard` (which splits by test count) balances; the certification reporter adds the shares' parts
 * up again, in share order.
 */
import * as playwright from '@playwright/test';
import { PART_ATTACHMENT, PROGRESS_STEP } from '../report/test-attachments.js';
import type { FamilyShare } from '../scenarios/family.js';
import { runSettings } from './settings.js';
import type { UnitOutcome } from './unit-outcome.js';
import { askRun, type UnitAddress } from './unit-service.js';
import { UNIT_ANNOTATION, unitKey } from './units.js';

/**
 * The tests' `test`: Playwright's base test, without the browser fixtures (browser, context, page, their options
 * and the tracing around them) that `test` sets up and tears down, as steps, in every test. No conformance test
 * opens a browser; those fixtures cost a run about 0.3 s of the worker's CPU. `_baseTest` is declared in
 * @playwright/test's types but not documented: a Playwright without it gets `test`, which runs the same.
 */
const test: typeof playwright._baseTest = (playwright as Partial<typeof playwright>)._baseTest ?? (playwright.test as unknown as typeof playwright._baseTest);
const { expect } = playwright;

/** How often a running family reports its probes so far. */
const PROGRESS_EVERY_MS = 10_000;

/** Records the unit's probes so far as a step now and then: steps reach the reporters while the test runs, so a long family shows progress in CI logs. */
function reportingProgress(address: UnitAddress, key: string): () => void {
  const timer = setInterval(() => {
    askRun<{ sent: number }>(address, `sent/${encodeURIComponent(key)}`)
      .then(({ sent }) => test.step(`${PROGRESS_STEP} ${sent} probes`, () => {}))
      .catch(() => undefined);
  }, PROGRESS_EVERY_MS);
  return () => clearInterval(timer);
}

/**
 * Declares the tests of one scenario family: one, titled with the family's name, or one per share; the steps are
 * the requirement ids.
 */
export function familySuite(name: string, shares?: readonly Pick<FamilyShare, 'title' | 'empty'>[]): void {
  if (!shares) {
    familyTest(name);
    return;
  }
  // Each share its own group, so shards (and workers) may take them apart.
  test.describe.configure({ mode: 'parallel' });
  shares.forEach((share, i) => familyTest(name, { ...share, index: i }));
}

function familyTest(name: string, share?: Pick<FamilyShare, 'title' | 'empty'> & { index: number }): void {
  const key = unitKey({ family: name, ...(share ? { share: share.index } : {}) });
  // The unit's key travels with the test, so that the units reporter can start a shard's units as soon as they are known.
  test(share ? `${name} ${share.title}` : name, { annotation: { type: UNIT_ANNOTATION, description: key } }, async ({}, info) => {
    const { units } = runSettings();
    if (!units) throw new Error('the conformance suites run through `alexa-shopping-conformance run`, which probes the skill');
    const stop = reportingProgress(units, key);
    const outcome = await askRun<UnitOutcome>(units, `outcome/${encodeURIComponent(key)}`).finally(stop);
    if ('error' in outcome) throw new Error(outcome.error);
    const { part, steps } = outcome;
    await info.attach(PART_ATTACHMENT, { body: JSON.stringify(part), contentType: 'application/json' });
    const facts = part.result;
    test.skip(facts.skipped !== undefined, facts.skipped);
    test.skip(share !== undefined && facts.probes === 0, share?.empty);
    info.annotations.push({ type: 'probes', description: String(facts.probes) });
    if (facts.stalled) info.annotations.push({ type: 'warning', description: facts.stalled });
    for (const step of steps) {
      await test.step(step.title, () => {
        if (step.warning) info.annotations.push({ type: 'warning', description: step.warning });
        if (step.failure) expect.soft('fail', step.failure).toBe('pass');
      });
    }
  });
}
