/**
 * `npm run corpus`: the detection matrix of the defect corpus. One row per defect: the requirement it must
 * trip, caught or MISSED, and the other ids that fired, each justified by its alsoFires or not; then the
 * totals, the reference skill's false positives and the field skills' (fixtures/skills/field/, each run clean at
 * every family, in a worker thread and over HTTP). Exit status 1 when any row is not exact or any run is not clean.
 * Every defect runs with every family here; --fast runs only the families that reach what each defect
 * changed, as the corpus test does (reach.ts), so that the two together show the restriction hides nothing.
 *   npm run corpus -- [--seed n] [--runs n] [--concurrency n] [--http] [--fast] [name-substring ...]
 */
import { CORPUS_RUN, defectNames, fieldDefectNames, fieldSkillNames, loadDefect, type Outcome } from '../fixtures/skills/corpus.js';
import { CorpusPool, defaultPoolSize } from '../fixtures/skills/corpus-pool.js';

interface Args {
  seed: number;
  runs: number;
  concurrency: number;
  http?: boolean;
  fast?: boolean;
  filter: string[];
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { seed: CORPUS_RUN.seed, runs: CORPUS_RUN.runs, concurrency: defaultPoolSize(), filter: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--http') args.http = true;
    else if (arg === '--fast') args.fast = true;
    else if (arg === '--seed' || arg === '--runs' || arg === '--concurrency') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || (arg !== '--seed' && value < 1)) throw new Error(`${arg} needs an integer`);
      args[arg.slice(2) as 'seed' | 'runs' | 'concurrency'] = value;
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else args.filter.push(arg);
  }
  return args;
}

const pad = (text: string, width: number): string => (text.length >= width ? text : text + ' '.repeat(width - text.length));

function row(outcome: Outcome, nameWidth: number): string {
  const others = outcome.others.map(({ id, justified }) => (justified ? id : `${id} (UNJUSTIFIED: ${outcome.evidence[id] ?? ''})`));
  const silent = outcome.silent.map((id) => `${id} (declared, did not fire)`);
  return [
    pad(outcome.name, nameWidth),
    pad(outcome.expects, 28),
    pad(outcome.caught ? 'caught' : 'MISSED', 7),
    pad(outcome.transport, 8),
    pad(`${(outcome.ms / 1000).toFixed(1)} s`, 7),
    pad(outcome.families ? outcome.families.join(',') : 'all', 28),
    [...others, ...silent].join(', ') || '-',
  ].join('  ');
}

const exact = (o: Outcome): boolean => o.caught && o.silent.length === 0 && o.others.every((x) => x.justified);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const wanted = (name: string): boolean => args.filter.length === 0 || args.filter.some((f) => name.includes(f));
  const names = [...defectNames(), ...fieldDefectNames()].filter(wanted);
  const fields = fieldSkillNames().filter((skill) => wanted(`field/${skill}/`));
  const pool = new CorpusPool({ seed: args.seed, runs: args.runs, ...(args.http ? { http: true } : {}), ...(args.fast ? {} : { allFamilies: true }) }, args.concurrency);
  let outcomes: Outcome[];
  let references: Awaited<ReturnType<CorpusPool['reference']>>[];
  let fieldRuns: { skill: string; result: Awaited<ReturnType<CorpusPool['field']>> }[];
  try {
    const reference = Promise.all([false, true].map((http) => pool.reference({ http })));
    const field = Promise.all(fields.flatMap((skill) => [false, true].map(async (http) => ({ skill, result: await pool.field(skill, { http }) }))));
    const entries = await Promise.all(names.map(loadDefect));
    outcomes = await Promise.all(entries.map((entry) => pool.defect(entry)));
    references = await reference;
    fieldRuns = await field;
  } finally {
    await pool.close();
  }
  const nameWidth = Math.max(6, ...names.map((n) => n.length));
  process.stdout.write(`defect corpus, seed ${args.seed}, ${args.runs} runs per property, ${args.fast ? 'the families that reach each defect' : 'every family'}\n\n`);
  process.stdout.write(`${[pad('defect', nameWidth), pad('expected', 28), pad('', 7), pad('target', 8), pad('time', 7), pad('families', 28), 'other ids that fired'].join('  ')}\n`);
  for (const outcome of outcomes) process.stdout.write(`${row(outcome, nameWidth)}\n`);
  const caught = outcomes.filter((o) => o.caught).length;
  const unjustified = outcomes.flatMap((o) => o.others.filter((x) => !x.justified).map((x) => `${o.name}: ${x.id}`));
  const declaredSilent = outcomes.flatMap((o) => o.silent.map((id) => `${o.name}: ${id}`));
  const referenceFalse = references.flatMap((r) => r.failing.map((id) => `${id} (${r.transport}: ${r.evidence[id] ?? ''})`));
  const fieldFalse = fieldRuns.flatMap(({ skill, result: r }) => r.failing.map((id) => `${skill} ${id} (${r.transport}: ${r.evidence[id] ?? ''})`));
  const fieldClean = fields.filter((skill) => !fieldRuns.some((run) => run.skill === skill && run.result.failing.length > 0));
  process.stdout.write(
    [
      '',
      `caught ${caught}/${outcomes.length}; exact (caught, and the other ids are the ones declared) ${outcomes.filter(exact).length}/${outcomes.length}`,
      `unjustified ids: ${unjustified.length}${unjustified.length ? ` (${unjustified.join('; ')})` : ''}`,
      `declared but silent: ${declaredSilent.length}${declaredSilent.length ? ` (${declaredSilent.join('; ')})` : ''}`,
      `false positives on the reference skill (worker thread and HTTP): ${referenceFalse.length}${referenceFalse.length ? ` (${referenceFalse.join(', ')})` : ''}`,
      `field skills clean (worker thread and HTTP, every family): ${fieldClean.length}/${fields.length}; false positives: ${fieldFalse.length}${fieldFalse.length ? ` (${fieldFalse.join('; ')})` : ''}`,
      `${((performance.now() - started) / 1000).toFixed(1)} s, ${args.concurrency} processes`,
      '',
    ].join('\n'),
  );
  if (caught < outcomes.length || unjustified.length || declaredSilent.length || referenceFalse.length || fieldFalse.length) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`corpus: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
