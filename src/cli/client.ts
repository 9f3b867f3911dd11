import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { junitReport } from '../report/junit-requirements.js';
import { loadAdapter } from '../client/load.js';
import { DEFAULT_CLIENT_RUNS, runClientConformance } from '../client/run.js';
import { CLIENT_SLOW_MS, OPERATION_TIMEOUT_MS } from '../client/step.js';
import { htmlReport } from '../report/html.js';
import { markdownReport } from '../report/markdown.js';
import { validate } from '../schema/ajv.js';
import { BadInput } from '../bad-input.js';
import { integerOption, parseArgs } from './args.js';
import { clientFlags, clientUsage } from './verbs.js';

/** `alexa-shopping-conformance client`: a plain engine run (no Playwright) against the loopback mocks. */
export async function client(argv: string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, clientFlags);
  if (flags.help) {
    process.stdout.write(`usage: alexa-shopping-conformance ${clientUsage}\n`);
    return 0;
  }
  if (positionals.length) throw new BadInput(`client takes no positional arguments, got "${positionals[0]}"`);
  if (!flags.adapter) throw new BadInput('client needs --adapter <file>: a module exporting your CommerceAdapter');
  const seed = integerOption(flags.seed, 'seed', Math.floor(Math.random() * 0x7fffffff), -0x80000000, 0x7fffffff);
  const runs = integerOption(flags.runs, 'runs', DEFAULT_CLIENT_RUNS, 1, 10_000);
  const carriers = flags.carriers?.split(',').map((s) => s.trim()).filter(Boolean);
  const timeoutMs = integerOption(flags.timeout, 'timeout', OPERATION_TIMEOUT_MS, 100, 600_000);
  const slowMs = integerOption(flags['slow-ms'], 'slow-ms', Math.min(CLIENT_SLOW_MS, Math.floor(timeoutMs / 2)), 0, Math.floor(timeoutMs / 2));
  const adapter = await loadAdapter(flags.adapter);
  const { report } = await runClientConformance({ adapter, location: flags.adapter, seed, runs, strict: flags.strict === true, timeoutMs, slowMs, ...(carriers ? { carriers } : {}) });
  const dir = resolve(flags.report ?? 'conformance-report');
  const problems = validate('report', report);
  if (problems.length) process.stderr.write(`report.json does not match schemas/report.schema.json: ${JSON.stringify(problems[0])}\n`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, 'report.md'), markdownReport(report));
  writeFileSync(join(dir, 'report.html'), htmlReport(report));
  writeFileSync(join(dir, 'junit.xml'), junitReport(report, 'client'));
  for (const r of report.requirements) {
    const status = r.status === 'fail' ? 'FAIL' : r.status === 'pass' ? 'pass' : 'n/a ';
    process.stdout.write(`  ${status}  ${r.id}: ${r.status === 'fail' ? `${r.violationCount ?? r.violations.length} violation(s), first: ${r.violations[0]?.message ?? ''}` : `${r.probes} cases${r.note ? ` (${r.note})` : ''}`}\n`);
  }
  const count = (status: string): number => report.requirements.filter((r) => r.status === status).length;
  process.stdout.write(
    `\nverdict: ${report.summary.verdict.toUpperCase()} (${report.summary.probes} calls, seed ${report.seed}); reports in ${dir}\n` +
      `${count('pass')} passed, ${count('fail')} failed, ${count('not-applicable')} skipped\n`,
  );
  if (report.summary.probes === 0) {
    process.stderr.write('alexa-shopping-conformance: the client made no call to the mocks: check the adapter\n');
    return 2;
  }
  return report.summary.verdict === 'pass' ? 0 : 1;
}
