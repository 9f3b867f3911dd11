import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { buildReport } from '../src/report/build.js';
import { markdownReport } from '../src/report/markdown.js';
import { validate } from '../src/schema/ajv.js';
import { familiesFromParts, PART_ATTACHMENT, type Part } from '../src/run/part.js';
import { reproducer } from '../src/run/reproduce.js';
import { selection } from '../src/run/options.js';

interface Options {
  outputDir: string;
}

/**
 * The certification reporter: gathers the parts each conformance test attached and writes the
 * reports (report.json, report.md), prints progress as tests end, and closes with `N passed, N failed`
 * over requirements. The same whether tests ran here or in shards merged by `merge-reports`.
 */
export default class CertificationReporter implements Reporter {
  private readonly parts: Part[] = [];
  private readonly started = new Date();
  private probes = 0;
  private violations = 0;

  constructor(private readonly options: Options) {}

  printsToStdio(): boolean {
    return true;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    let line = `  ${result.status === 'skipped' ? 'n/a ' : result.status === 'passed' ? 'pass' : 'FAIL'}  ${test.title}`;
    for (const attachment of result.attachments) {
      if (attachment.name !== PART_ATTACHMENT || !attachment.body) continue;
      const part = JSON.parse(attachment.body.toString('utf8')) as Part;
      this.parts.push(part);
      this.probes += part.family.probes;
      const failing = Object.entries(part.requirements).filter(([, t]) => t.count > 0);
      for (const [, tally] of failing) this.violations += tally.count;
      line += `: ${part.family.skipped ?? `${part.family.probes} probes${failing.length ? `, violations of ${failing.map(([id, t]) => `${id} (${t.count})`).join(', ')}` : ''}`}`;
    }
    process.stdout.write(`${line}   [${this.probes} probes, ${this.violations} violations so far]\n`);
    if (result.status !== 'passed' && result.status !== 'skipped' && !result.attachments.some((a) => a.name === PART_ATTACHMENT)) {
      const error = result.errors[0]?.message?.split('\n')[0];
      if (error) process.stdout.write(`        ${error}\n`);
    }
  }

  onEnd(_result: FullResult): void {
    const first = this.parts[0];
    if (!first) {
      process.stdout.write('\nno conformance results were recorded\n0 passed, 0 failed\n');
      return;
    }
    const run = first.run;
    const report = buildReport({
      results: familiesFromParts(this.parts),
      target: run.target,
      seed: run.seed,
      startedAt: this.started,
      durationMs: Date.now() - this.started.getTime(),
      options: { runs: run.runs, strict: run.strict, timeoutMs: run.timeoutMs, ...(run.only ? { only: run.only } : {}), locales: run.locales },
      declaredTasks: run.declaredTasks,
      selected: selection(run.only),
      ...(run.caseId ? { caseId: run.caseId } : {}),
      secrets: run.secrets,
      reproduce: reproducer({ targetArgs: run.targetArgs, ...(run.config ? { config: run.config } : {}), seed: run.seed, runs: run.runs, timeoutMs: run.timeoutMs, ...(run.endpoint ? { endpoint: run.endpoint } : {}) }),
    });
    const problems = validate('report', report);
    if (problems.length) process.stderr.write(`report.json does not match schemas/report.schema.json: ${JSON.stringify(problems[0])}\n`);
    mkdirSync(this.options.outputDir, { recursive: true });
    writeFileSync(join(this.options.outputDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(this.options.outputDir, 'report.md'), markdownReport(report));
    const count = (status: string): number => report.requirements.filter((r) => r.status === status).length;
    process.stdout.write(
      `\nverdict: ${report.summary.verdict.toUpperCase()} (${report.summary.probes} probes, seed ${report.seed}); reports in ${this.options.outputDir}\n` +
        `${count('pass')} passed, ${count('fail')} failed, ${count('not-applicable')} skipped\n`,
    );
  }
}
