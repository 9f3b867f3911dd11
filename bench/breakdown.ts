/**
 * Where the main job's time goes: process start, loading the engine and compiling the schemas, the runner's start,
 * each family's wall time and probe count in one process, report writing, and the whole job both ways (the CLI
 * through Playwright, and runConformance in one process). Every figure comes from this one run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runConformance } from '../src/index.js';
import { htmlReport } from '../src/report/html.js';
import { markdownReport } from '../src/report/markdown.js';
import { FAMILIES } from '../src/scenarios/families.js';
import { packageRoot } from '../src/schema/paths.js';
import { PLAYWRIGHT_ENV, RUN_ENV, type RunSettings } from '../src/run/settings.js';
import type { BenchResult } from './result.js';

const SEED = 1;

/** Wall milliseconds of a child process, which must exit 0 (or 1: a failing verdict is still a run). */
function childMs(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, command = process.execPath): number {
  const started = performance.now();
  const child = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - started;
  if (child.status !== 0 && child.status !== 1) throw new Error(`bench: ${command} ${args.join(' ')} exited ${child.status}: ${child.stderr.slice(0, 400)}`);
  return ms;
}

/**
 * A project as a team's looks once it has installed the package: its node_modules holds the package and its bin
 * link, which is where `npx alexa-shopping-conformance` finds the command (in this repository npx instead installs
 * the folder itself into its cache and reads both trees on every call). Links stand in for the install.
 */
function teamProject(root: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'asc-bench-project-'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "team-skill", "version": "1.0.0", "private": true }\n');
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(root, join(dir, 'node_modules', 'alexa-shopping-conformance'), 'dir');
  symlinkSync(join(root, 'bin', 'alexa-shopping-conformance.js'), join(dir, 'node_modules', '.bin', 'alexa-shopping-conformance'));
  return dir;
}

const ms = (name: string, value: number): BenchResult => ({ name, value: Math.round(value), unit: 'ms' });

/** Rounds of the whole-job figures. */
const ROUNDS = 5;

/** The median of a figure's rounds, named with its range. */
function spread(name: string, values: number[]): BenchResult {
  const sorted = [...values].sort((a, b) => a - b);
  const range = `${Math.round(sorted[0] ?? 0).toLocaleString('en-US')}-${Math.round(sorted.at(-1) ?? 0).toLocaleString('en-US')} ms`;
  return ms(`${name}, median of ${sorted.length} rounds taken in turn (${range})`, sorted[Math.floor(sorted.length / 2)] ?? 0);
}

export async function benchBreakdown(): Promise<BenchResult[]> {
  const root = packageRoot();
  const results: BenchResult[] = [];
  const start = childMs(['-e', ''], root);
  results.push(ms('breakdown: node process start', start));
  const load = childMs(['-e', "const { schemas } = await import('./dist/src/schema/registry.js'); const { validate } = await import('./dist/src/schema/ajv.js'); for (const id of schemas().keys()) validate(id, {});", '--input-type=module'], root);
  results.push(ms('breakdown: load the engine and compile every schema (less process start)', load - start));
  const listDir = mkdtempSync(join(tmpdir(), 'asc-bench-list-'));
  try {
    const settings: RunSettings = { reportDir: listDir };
    const list = childMs([join(root, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', '--config', join(root, 'dist', 'playwright.conformance.config.js'), '--list'], root, { ...PLAYWRIGHT_ENV, [RUN_ENV]: JSON.stringify(settings) });
    results.push(ms('breakdown: Playwright runner start and collection (--list, less process start)', list - start));
  } finally {
    rmSync(listDir, { recursive: true, force: true });
  }

  let familySum = 0;
  for (const family of FAMILIES) {
    if (family.name === 'security') continue;
    const started = performance.now();
    try {
      const report = await runConformance({ families: [family.name], seed: SEED });
      const wall = performance.now() - started;
      familySum += wall;
      results.push({ name: `breakdown: family ${family.name} in one process, ${report.summary.probes} probes`, value: Math.round(wall), unit: 'ms' });
    } catch (error) {
      results.push({ name: `breakdown: family ${family.name} (${error instanceof Error ? error.message : String(error)})`, value: 0, unit: 'ms' });
    }
  }
  results.push(ms('breakdown: the families one after another, each its own run', familySum));

  let started = performance.now();
  const report = await runConformance({ seed: SEED });
  results.push({ name: `main job through runConformance in one process (${report.summary.probes} probes)`, value: Math.round(performance.now() - started), unit: 'ms' });
  started = performance.now();
  const md = markdownReport(report);
  const html = htmlReport(report);
  const json = JSON.stringify(report, null, 2);
  results.push({ name: `breakdown: report writing (json ${json.length} B, md ${md.length} B, html ${html.length} B)`, value: Math.round((performance.now() - started) * 10) / 10, unit: 'ms' });

  const out = mkdtempSync(join(tmpdir(), 'asc-bench-'));
  const project = teamProject(root);
  try {
    const run = ['run', '--seed', String(SEED), '--report', out];
    // The machine's speed drifts over minutes: each figure is the median of rounds taken in turn, so that a slow
    // minute falls on every one of them alike.
    const samples: Record<'node' | 'team' | 'npmExec' | 'repo', number[]> = { node: [], team: [], npmExec: [], repo: [] };
    for (let round = 0; round < ROUNDS; round++) {
      samples.node.push(childMs([join(root, 'bin', 'alexa-shopping-conformance.js'), ...run], root));
      samples.team.push(childMs(['alexa-shopping-conformance', ...run], project, {}, 'npx'));
      samples.npmExec.push(childMs(['alexa-shopping-conformance', '--help'], project, {}, 'npx') - childMs([join(root, 'bin', 'alexa-shopping-conformance.js'), '--help'], root));
      samples.repo.push(childMs(['alexa-shopping-conformance', ...run], root, {}, 'npx'));
    }
    results.push(spread('main job: node bin/alexa-shopping-conformance.js run --seed 1, wall', samples.node));
    results.push(spread("main job: npx alexa-shopping-conformance run --seed 1 in a team's project (the package installed), wall", samples.team));
    results.push(spread("breakdown: npm exec's own start there (npx alexa-shopping-conformance --help less node bin/... --help)", samples.npmExec));
    results.push(spread('main job: npx alexa-shopping-conformance run --seed 1 in this repository, wall', samples.repo));
  } finally {
    rmSync(project, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
  return results;
}
