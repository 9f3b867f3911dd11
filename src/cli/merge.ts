import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { exitOf } from '../report/exit.js';
import { MERGE_ENV } from '../report/shards.js';
import { PLAYWRIGHT_ENV } from '../run/settings.js';
import { packageRoot } from '../schema/paths.js';
import type { ConformanceReport } from '../types/index.js';
import { clearReport } from './clear-report.js';
import { BadInput } from '../bad-input.js';
import { parseArgs } from './args.js';
import { securityMerge } from './security-merge.js';
import { mergeFlags, mergeUsage } from './verbs.js';

/** Blob reports under a folder, however a CI system nested the artifacts it downloaded. */
function blobsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.zip'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** `alexa-shopping-conformance merge-reports`: Playwright's merge-reports, replayed through the certification reporter. */
export async function merge(argv: string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, mergeFlags);
  if (flags.help) {
    process.stdout.write(`usage: alexa-shopping-conformance ${mergeUsage}\n`);
    return 0;
  }
  if (flags.security) return securityMerge(positionals, flags.report ?? 'conformance-report');
  const [input, extra] = positionals;
  if (input === undefined) throw new BadInput('merge-reports wants the folder that holds the blob reports');
  if (extra !== undefined) throw new BadInput(`merge-reports takes one folder, got also "${extra}"`);
  const cwd = process.cwd();
  const dir = resolve(cwd, input);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new BadInput(`${input} is not a folder`);
  const blobs = blobsUnder(dir);
  if (blobs.length === 0) throw new BadInput(`no blob reports (*.zip) under ${input}: run each shard with --shard i/n and gather their <report>/blob/ folders`);
  const reportDir = resolve(cwd, flags.report ?? 'conformance-report');
  // Playwright unpacks the blobs beside them: a scratch folder keeps the reader's folder as it was.
  const scratch = mkdtempSync(join(tmpdir(), 'asc-merge-'));
  try {
    blobs.forEach((file, i) => copyFileSync(file, join(scratch, `${String(i).padStart(3, '0')}-${basename(file)}`)));
    clearReport(reportDir);
    const status = await mergeReports(scratch, reportDir);
    const file = join(reportDir, 'report.json');
    if (!existsSync(file)) {
      process.stderr.write(`alexa-shopping-conformance: the merge wrote no report (Playwright exited ${status})\n`);
      return 2;
    }
    const exit = exitOf(JSON.parse(readFileSync(file, 'utf8')) as ConformanceReport);
    if (exit.problem) process.stderr.write(`alexa-shopping-conformance: ${exit.problem}\n`);
    return exit.status;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function mergeReports(blobDir: string, reportDir: string): Promise<number> {
  const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  const config = join(packageRoot(), 'dist', 'playwright.conformance.config.js');
  const env: NodeJS.ProcessEnv = { ...process.env, ...PLAYWRIGHT_ENV, [MERGE_ENV]: reportDir };
  return new Promise((resolveStatus, reject) => {
    const child = spawn(process.execPath, [cli, 'merge-reports', '--config', config, blobDir], { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolveStatus(code ?? (signal ? 2 : 0)));
  });
}
