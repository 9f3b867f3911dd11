import type { FullConfig, Reporter, Suite, TestCase, TestError, TestResult, TestStep } from '@playwright/test/reporter';
import { flaggedIn, partOf, PROGRESS_STEP } from '../src/report/test-attachments.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const MARK = { passed: 'pass', skipped: 'n/a ', failed: 'FAIL', timedOut: 'FAIL', interrupted: 'FAIL' } as const;

/**
 * Progress on stdout, for a terminal and for CI logs alike: a line as each scenario family ends, with the
 * run's running totals of probes and problems, and while a long family runs, its probes so far (from
 * the progress steps the suite records). Only ids and counts: nothing the skill said reaches this output.
 */
export default class ProgressReporter implements Reporter {
  private total = 0;
  private done = 0;
  private probes = 0;
  private violations = 0;

  printsToStdio(): boolean {
    return true;
  }

  onBegin(config: FullConfig, suite: Suite): void {
    this.total = suite.allTests().length;
    const shard = config.shard ? `, shard ${config.shard.current} of ${config.shard.total}` : '';
    process.stdout.write(`${this.total} scenario families, ${config.workers} worker${config.workers === 1 ? '' : 's'}${shard}\n`);
  }

  onError(error: TestError): void {
    process.stderr.write(`error: ${error.message?.split('\n')[0] ?? 'Playwright reported an error without a message'}\n`);
  }

  onStepEnd(test: TestCase, _result: TestResult, step: TestStep): void {
    if (!step.title.startsWith(PROGRESS_STEP)) return;
    process.stdout.write(`        ${test.title}: ${step.title.slice(PROGRESS_STEP.length).trim()} so far\n`);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    this.done++;
    const part = partOf(result);
    let line = `  ${MARK[result.status]}  ${test.title}`;
    if (part) {
      this.probes += part.result.probes;
      // The requirements the test gave a step of their own: those report.json's rows fail (src/run/unit-outcome.ts).
      const failing = flaggedIn(result).flatMap((id) => {
        const tally = part.requirements[id];
        return tally ? [[id, tally] as const] : [];
      });
      for (const [, tally] of failing) this.violations += tally.count;
      const found = failing.length ? `, failing ${failing.map(([id, t]) => `${id} (${t.count > 0 ? plural(t.count, 'problem') : 'not answered'})`).join(', ')}` : '';
      line += `: ${part.result.skipped ?? `${part.result.probes} probes${found}`}`;
    } else if (result.status !== 'skipped') {
      // A test that ended without its part crashed before judging: the first line of why.
      line += `: no result (${result.errors[0]?.message?.split('\n')[0] ?? result.status})`;
    }
    const width = String(this.total).length;
    process.stdout.write(`[${String(this.done).padStart(width)}/${this.total}]${line}   [${plural(this.probes, 'probe')}, ${plural(this.violations, 'problem')} so far]\n`);
  }
}
