import type { TestResult } from '@playwright/test/reporter';
import { PART_ATTACHMENT, type Part, type RunMeta } from '../run/family-part.js';

/** The title prefix of the steps a long family records as it probes, for live progress: `progress: 120 probes`. */
export const PROGRESS_STEP = 'progress:';

/** The part a conformance test attached, if it got that far. */
export function partOf(result: Pick<TestResult, 'attachments'>): Part | undefined {
  const attachment = result.attachments.find((a) => a.name === PART_ATTACHMENT && a.body);
  return attachment?.body ? (JSON.parse(attachment.body.toString('utf8')) as Part) : undefined;
}

/** What makes two parts one run's: everything that decides which cases are probed and how they are judged. */
const IDENTITY: readonly (keyof RunMeta)[] = ['target', 'seed', 'runs', 'strict', 'timeoutMs', 'only', 'caseId', 'locales', 'replay'];

/** Why parts cannot make one report (blob reports of different runs merged together), or undefined. */
export function mixedRuns(parts: readonly Part[]): string | undefined {
  const [first, ...rest] = parts;
  if (!first) return undefined;
  for (const part of rest) {
    const key = IDENTITY.find((k) => JSON.stringify(part.run[k]) !== JSON.stringify(first.run[k]));
    if (key) return `the blob reports come from different runs (${key} ${JSON.stringify(first.run[key]) ?? 'unset'} and ${JSON.stringify(part.run[key]) ?? 'unset'})`;
  }
  return undefined;
}
