import type { TestResult } from '@playwright/test/reporter';
import type { Part } from './part-attachments.js';

/** What a conformance test leaves for the reporters, and how they read it: nothing of the engine, so Playwright's processes load it cheaply. */

/** The attachment a conformance test leaves for the certification reporter. */
export const PART_ATTACHMENT = 'alexa-shopping-conformance-part';

/** The title prefix of the steps a long family records as it probes, for live progress: `progress: 120 probes`. */
export const PROGRESS_STEP = 'progress:';

/** The part a conformance test attached, if it got that far. */
export function partOf(result: Pick<TestResult, 'attachments'>): Part | undefined {
  const attachment = result.attachments.find((a) => a.name === PART_ATTACHMENT && a.body);
  return attachment?.body ? (JSON.parse(attachment.body.toString('utf8')) as Part) : undefined;
}
