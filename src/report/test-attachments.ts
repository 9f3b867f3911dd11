import type { TestResult } from '@playwright/test/reporter';
import type { Part } from './part-attachments.js';

/** What a conformance test leaves for the reporters, and how they read it: nothing of the engine, so Playwright's processes load it cheaply. */

/** The attachment a conformance test leaves for the certification reporter. */
export const PART_ATTACHMENT = 'alexa-shopping-conformance-part';

/** The title prefix of the steps a long family records as it probes, for live progress: `progress: 120 probes`. */
export const PROGRESS_STEP = 'progress:';

/**
 * The title prefix of the step that lists a test's requirements that passed (`pass: RSP-HTTP (120 probes), ...`)
 * and of the one that lists those not applicable; every requirement that fails or warns has a step of its own.
 */
export const GROUP_STEPS = ['pass:', 'not-applicable:'] as const;

/** The requirement ids a test found failing or warning: the ones with a step of their own. */
export function flaggedIn(result: Pick<TestResult, 'steps'>): string[] {
  return result.steps.flatMap((step) => (step.title.startsWith(PROGRESS_STEP) || GROUP_STEPS.some((g) => step.title.startsWith(g)) ? [] : [step.title.split(' ')[0] ?? step.title]));
}

/** The part a conformance test attached, if it got that far. */
export function partOf(result: Pick<TestResult, 'attachments'>): Part | undefined {
  const attachment = result.attachments.find((a) => a.name === PART_ATTACHMENT && a.body);
  return attachment?.body ? (JSON.parse(attachment.body.toString('utf8')) as Part) : undefined;
}
