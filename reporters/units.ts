import type { Reporter, Suite } from '@playwright/test/reporter';
import { RUN_ENV, runSettings } from '../src/run/settings.js';
import { askRun } from '../src/run/unit-service.js';
import { UNIT_ANNOTATION } from '../src/run/units.js';

/**
 * Starts this run's units in the run process as soon as Playwright has collected the tests: with `--shard`, only the
 * run's tests know which units are this shard's, and they all probe at once, not one as each test begins.
 */
export default class UnitsReporter implements Reporter {
  onBegin(_config: unknown, suite: Suite): void {
    if (!process.env[RUN_ENV]) return;
    const { units } = runSettings();
    if (!units) return;
    const keys = suite.allTests().flatMap((test) => test.annotations.filter((a) => a.type === UNIT_ANNOTATION && a.description).map((a) => a.description as string));
    // A failure here only loses the head start: each test starts its own unit when it asks for it.
    askRun(units, 'start', keys).catch(() => undefined);
  }
}
