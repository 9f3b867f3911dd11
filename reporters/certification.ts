import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestError, TestResult } from '@playwright/test/reporter';
import type { FamilyOutcome } from '../src/report/incomplete.js';
import { partOf } from '../src/report/test-attachments.js';
import type { RenderedReport, ReportInput } from '../src/run/report-files.js';
import { RUN_ENV, runSettings } from '../src/run/settings.js';
import { askRun, type UnitAddress } from '../src/run/unit-service.js';

/** Renders the reports here: the engine, loaded while the tests run rather than before (Playwright waits for its reporters). */
const renderHere = async (): Promise<(input: ReportInput) => RenderedReport | undefined> => (await import('../src/run/report-files.js')).renderReport;

interface Options {
  outputDir: string;
}

/**
 * The certification reporter: gathers the part each conformance test attached and writes report.json,
 * report.md (also appended to $GITHUB_STEP_SUMMARY) and report.html, then closes stdout with the verdict
 * and `N passed, N failed` over requirements. The same whether the tests ran here, in one shard (a partial
 * report), or in shards whose blob reports `merge-reports` replays.
 */
export default class CertificationReporter implements Reporter {
  private config: FullConfig | undefined;
  private readonly outcomes = new Map<TestCase, FamilyOutcome>();
  /** Errors outside any test (a suite file that failed to load, say): the run then judged less than it should. */
  private readonly errors: string[] = [];
  /** The run process that probed, if any: it renders the reports, its engine loaded and warm. */
  private readonly runProcess: UnitAddress | undefined = process.env[RUN_ENV] ? runSettings().units : undefined;
  /** Otherwise (merge-reports) the engine, loading here. */
  private loading: ReturnType<typeof renderHere> | undefined;

  constructor(private readonly options: Options) {}

  printsToStdio(): boolean {
    return true;
  }

  onBegin(config: FullConfig, suite: Suite): void {
    if (!this.runProcess) {
      this.loading = renderHere();
      this.loading.catch(() => undefined);
    }
    this.config = config;
    for (const test of suite.allTests()) this.outcomes.set(test, { family: test.title, ended: false });
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const part = partOf(result);
    const error = result.errors[0]?.message?.split('\n')[0];
    this.outcomes.set(test, { family: test.title, ended: true, ...(part ? { part } : {}), ...(!part && error ? { error } : {}) });
  }

  onError(error: TestError): void {
    this.errors.push(`Playwright reported an error outside the tests (${error.message?.split('\n')[0] ?? 'no message'})`);
  }

  async onEnd(result: FullResult): Promise<void> {
    const shard = this.config?.shard ?? undefined;
    const rendered = await this.render({
      outcomes: [...this.outcomes.values()],
      errors: this.errors,
      startedAt: result.startTime.toISOString(),
      durationMs: result.duration,
      ...(shard ? { shard: { current: shard.current, total: shard.total } } : {}),
      metadata: this.config?.metadata ?? {},
    });
    if (!rendered) {
      process.stdout.write('\nno conformance results were recorded\n0 passed, 0 failed\n');
      return;
    }
    const { report, markdown, html, problem } = rendered;
    if (problem) process.stderr.write(`${problem}\n`);
    mkdirSync(this.options.outputDir, { recursive: true });
    writeFileSync(join(this.options.outputDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(this.options.outputDir, 'report.md'), markdown);
    writeFileSync(join(this.options.outputDir, 'report.html'), html);
    const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
    if (summaryFile) appendFileSync(summaryFile, `${markdown}\n`);
    const count = (status: string): number => report.requirements.filter((r) => r.status === status).length;
    const partial = report.shard ? ` for shard ${report.shard.current} of ${report.shard.total} (partial: merge-reports gives the run's verdict)` : '';
    const incomplete = report.incomplete ? `\nincomplete: ${report.incomplete.join('; ')}` : '';
    process.stdout.write(
      `\nverdict: ${report.summary.verdict.toUpperCase()}${partial} (${report.summary.probes} probes, seed ${report.seed}); reports in ${this.options.outputDir}${incomplete}\n` +
        `${count('pass')} passed, ${count('fail')} failed, ${count('not-applicable')} skipped\n`,
    );
  }

  /** The run process renders when there is one; should it fail to, this process does. */
  private async render(input: ReportInput): Promise<RenderedReport | undefined> {
    if (this.runProcess) {
      const answer = await askRun<{ rendered: RenderedReport | null } | { error: string }>(this.runProcess, 'report', input).catch((err: unknown) => ({ error: String(err) }));
      if ('rendered' in answer) return answer.rendered ?? undefined;
    }
    return (await (this.loading ?? renderHere()))(input);
  }
}
