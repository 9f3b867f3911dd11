import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestError, TestResult } from '@playwright/test/reporter';
import type { FamilyOutcome } from '../src/report/incomplete.js';
import { partOf } from '../src/report/test-attachments.js';
import type { Part } from '../src/report/part-attachments.js';

/** What the report needs of the engine, loaded while the tests run rather than before (Playwright waits for its reporters). */
const engine = async () => {
  const { htmlReport } = await import('../src/report/html.js');
  const { incompleteReasons } = await import('../src/report/incomplete.js');
  const { markdownReport } = await import('../src/report/markdown.js');
  const { familiesFromParts } = await import('../src/report/part-attachments.js');
  const { shardsIn } = await import('../src/report/shards.js');
  const { validate } = await import('../src/schema/ajv.js');
  const { reportOf } = await import('../src/run/conformance.js');
  return { htmlReport, incompleteReasons, markdownReport, familiesFromParts, shardsIn, validate, reportOf };
};

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
  private loading: ReturnType<typeof engine> | undefined;

  constructor(private readonly options: Options) {}

  printsToStdio(): boolean {
    return true;
  }

  onBegin(config: FullConfig, suite: Suite): void {
    this.loading = engine();
    this.loading.catch(() => undefined);
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
    const { reportOf, familiesFromParts, incompleteReasons, shardsIn, validate, markdownReport, htmlReport } = await (this.loading ?? engine());
    const outcomes = [...this.outcomes.values()];
    const parts = outcomes.flatMap((o): Part[] => (o.part ? [o.part] : []));
    const first = parts[0];
    if (!first) {
      process.stdout.write('\nno conformance results were recorded\n0 passed, 0 failed\n');
      return;
    }
    const shard = this.config?.shard ?? undefined;
    // Merged shards report from the first shard's start to the last one's end.
    const report = reportOf(first.run, familiesFromParts(parts), { startedAt: result.startTime, durationMs: result.duration }, {
      ...(shard ? { shard: { current: shard.current, total: shard.total } } : {}),
      incomplete: [...this.errors, ...incompleteReasons(outcomes, shard ? [] : shardsIn(this.config?.metadata ?? {}))],
    });
    const problems = validate('report', report);
    if (problems.length) process.stderr.write(`report.json does not match schemas/report.schema.json: ${JSON.stringify(problems[0])}\n`);
    const markdown = markdownReport(report);
    mkdirSync(this.options.outputDir, { recursive: true });
    writeFileSync(join(this.options.outputDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(this.options.outputDir, 'report.md'), markdown);
    writeFileSync(join(this.options.outputDir, 'report.html'), htmlReport(report));
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
}
