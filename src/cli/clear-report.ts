import { rmSync } from 'node:fs';
import { join } from 'node:path';

/** What a run writes to its report folder, beside the blob reports and Playwright's own results. */
const OUTPUTS = ['report.json', 'report.md', 'report.html', 'junit.xml'] as const;

/**
 * Removes a previous run's outputs before a run or a merge writes its own: a run that stops on bad input (exit 2)
 * must leave no earlier junit.xml or report.md behind for CI to publish as if it were this run's.
 */
export function clearReport(reportDir: string, also: readonly string[] = []): void {
  for (const name of [...OUTPUTS, ...also]) rmSync(join(reportDir, name), { recursive: true, force: true });
}
