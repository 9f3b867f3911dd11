import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { mergeLexicon, suiteLexicon } from '../checks/lexicon.js';
import { shoppingDirectives } from '../checks/tasks.js';
import { controlOutcome } from '../checks/security.js';
import { requirementsOf } from '../requirements/registry.js';
import { unjudgedReasons } from '../requirements/unjudged.js';
import type { CheckContext, Entry, ShoppingTask, Trace } from '../checks/types.js';
import { runCatalog } from '../mocks/isp/service.js';
import type { Family, MatrixFamily, PropertyFamily } from '../scenarios/family.js';
import { familySeed } from '../scenarios/plan.js';
import type { Target } from '../targets/exchange.js';
import { familyOf, matrixCaseId, namesMatrixCase, pathOf, propertyCaseId } from '../scenarios/case-id.js';
import { judgeTrace, violates, type Selection } from './judge.js';
import { KEEP, type RequirementTally } from '../report/tally.js';
import type { RunContext } from './context.js';
import type { FamilyResult } from '../report/tally.js';
import { mapLimit, stalledMessage, type Prober } from '../scenarios/prober.js';
import { strayFindings } from './stray-calls.js';

/** Why the other families do not run in a request-verification run: the skill then refuses every unsigned request. */
const SECURITY_ALONE = 'not run: --security runs the request-verification family alone';

export interface FamilyRunOptions {
  run: RunContext;
  target: Target;
  /** Fresh requests shrinking may spend per requirement. */
  shrinkBudget?: number;
  /** Only the matrix cases whose id this accepts: one test's share of a family split across tests. */
  cases?: (id: string) => boolean;
  /**
   * Told once the examples a family starts first (PropertyFamily.startsFirst) are under way: a mock holds an answer
   * back from one of them (it waits on a slow service), or they are done; at once if it has none. The family probes
   * nothing more until the promise it returns settles.
   */
  underWay?: () => Promise<void>;
}

/** Why a family probes nothing in this run, if so: decided from the options and plan alone, before any probe. */
export function whySkipped(family: Family, run: Pick<RunContext, 'plan' | 'selected' | 'options'>): string | undefined {
  const { caseId } = run.options;
  // A replayed case runs its family whatever --only selects: every check judges every trace, so a family's
  // case may violate a requirement the family is not there for (a session end the robust family sent, say).
  const replaysHere = caseId !== undefined && familyOf(caseId) === family.name;
  if (!replaysHere && !requirementsOf(family.name).some(run.selected)) return 'not run: --only selects no requirement this family judges';
  const reason = run.plan.security && family.name !== 'security' ? SECURITY_ALONE : family.skip?.(run.plan);
  if (reason) return reason;
  if (caseId && !replaysHere) return `only case ${caseId} was replayed`;
  return undefined;
}

export async function runFamily(family: Family, options: FamilyRunOptions): Promise<FamilyResult> {
  const { run, target } = options;
  const { plan, selected } = run;
  const { caseId } = run.options;
  const result: FamilyResult = { family: family.name, probes: 0, observedTasks: [], requirements: {} };
  const skipped = whySkipped(family, run);
  if (skipped) return { ...result, skipped };
  const prober = run.prober(target);
  const ctx: CheckContext = {
    timeoutMs: plan.timeoutMs,
    declaredTasks: new Set(Object.keys(plan.config.actions ?? {}) as ShoppingTask[]),
    associates: plan.config.associates === true,
    products: runCatalog(plan.ispCatalog),
    lexicon: mergeLexicon(suiteLexicon(), plan.config.lexicon),
  };
  const tallies = new Map<string, RequirementTally>();
  const digest = new Digest(ctx, selected);
  if (family.kind === 'property') await runProperty(family, options, prober, ctx, tallies, digest);
  else await runMatrix(family, options, prober, ctx, tallies, digest);
  // Calls the skill made with no request in flight (its module loading) are filed with the family the target gives them to.
  if (!caseId) strayFindings(target.takeStrayCalls?.() ?? [], selected, run.reproduce, tallies);
  if (Object.keys(digest.unjudged).length > 0) result.unjudged = digest.unjudged;
  if (digest.control) result.control = digest.control;
  result.probes = prober.sent;
  result.observedTasks = [...digest.observed].sort();
  // The timeout flag served shrinking; the report has each violation's own error.
  for (const tally of tallies.values()) delete tally.firstTimedOut;
  result.requirements = Object.fromEntries([...tallies].sort(([a], [b]) => a.localeCompare(b)));
  if (prober.stalled) result.stalled = stalledMessage(plan.timeoutMs);
  return result;
}

/**
 * What a family's result needs of its traces beyond the tallies, gathered trace by trace in case order (the
 * same as over the whole list at the end), so that a trace need not outlive its judging.
 */
class Digest {
  readonly observed = new Set<ShoppingTask>();
  readonly unjudged: Record<string, string> = {};
  control: 'accepted' | 'refused' | undefined;

  constructor(
    private readonly ctx: CheckContext,
    private readonly selected: Selection,
  ) {}

  add(trace: Trace): void {
    for (const entry of trace.entries) for (const d of shoppingDirectives(entry.exchange.body)) this.observed.add(d.task);
    for (const [id, why] of Object.entries(unjudgedReasons([trace], this.ctx, this.selected))) this.unjudged[id] ??= why;
    this.control ??= controlOutcome([trace]);
  }
}

/** Problems the tallies hold so far, all requirements together: judging a trace that raises it found something. */
const problemsSoFar = (tallies: Map<string, RequirementTally>): number => {
  let n = 0;
  for (const tally of tallies.values()) n += tally.count;
  return n;
};

/** An input's identity for the memo: a digest of its JSON, so that remembering an input costs bytes, not its size. */
const keyOf = (input: unknown): string => createHash('sha256').update(JSON.stringify(input)).digest('base64');

/**
 * Most inputs a property family keeps between knowing which repeat and probing them (--runs 1000 and below):
 * generating them again costs a run about 0.1 s of CPU at the default --runs 100; above it, memory would grow.
 */
const HELD_INPUTS = 1000;

/** The longest stretch of judging without letting the event loop turn: the mock APIs of every family at once answer on it. */
const BREATH_MS = 10;

/** A pause for the event loop once BREATH_MS of synchronous work has gone by, so that a skill's calls to the mocks are not kept waiting. */
function breather(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < BREATH_MS) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    since = performance.now();
  };
}

/** Runs a case into a trace (entries the prober did not send stay in place, so indices hold; nothing judges them). */
async function traceOf(caseId: string, family: string, run: () => Promise<Entry[]>): Promise<Trace> {
  return { family, caseId, entries: await run() };
}

async function runMatrix(
  family: MatrixFamily,
  options: FamilyRunOptions,
  prober: Prober,
  ctx: CheckContext,
  tallies: Map<string, RequirementTally>,
  digest: Digest,
): Promise<void> {
  const { plan, selected, reproduce } = options.run;
  const { caseId } = options.run.options;
  const share = options.cases ?? ((): boolean => true);
  const cases = family.cases(plan).filter((c) => share(c.id) && (!caseId || namesMatrixCase(caseId, c.id)));
  const traces = await mapLimit(cases, 2, (c) => traceOf(matrixCaseId(c.id), family.name, () => c.run(prober, plan)));
  const breathe = breather();
  for (const trace of traces) {
    judgeTrace(trace, ctx, selected, reproduce, tallies);
    digest.add(trace);
    await breathe();
  }
}

async function runProperty(
  family: PropertyFamily,
  options: FamilyRunOptions,
  prober: Prober,
  ctx: CheckContext,
  tallies: Map<string, RequirementTally>,
  digest: Digest,
): Promise<void> {
  const { plan, selected, reproduce } = options.run;
  const { caseId } = options.run.options;
  const arbitrary = family.arbitrary(plan);
  const examples = family.examples(plan);
  const params = { seed: familySeed(plan.seed, family.name), numRuns: examples.length + plan.runs, examples: examples.map((e) => [e] as [unknown]) };
  // Each input is probed once: its trace is kept while it may be judged again (a repeated input) or stand
  // as a counterexample (it violated something), or was probed while shrinking; a passing one is then
  // remembered by its key alone, so memory does not grow with --runs.
  const memo = new Map<string, Promise<Trace>>();
  const passed = new Set<string>();
  let fresh = 0;
  const runCase = (input: unknown, caseId: string, key = keyOf(input)): Promise<Trace> => {
    let trace = memo.get(key);
    if (!trace) {
      fresh++;
      memo.set(key, (trace = traceOf(caseId, family.name, () => family.run(input, prober, plan))));
    }
    return trace;
  };

  if (caseId) {
    // Replay: fast-check walks the recorded path to the one value; failing at once ends the run there.
    const path = pathOf(family.name, caseId);
    if (path === undefined) return;
    const replayed: Trace[] = [];
    await fc.check(
      fc.asyncProperty(arbitrary, async (input) => {
        replayed.push(await runCase(input, caseId));
        return false;
      }),
      { ...params, path, endOnFailure: true },
    );
    for (const trace of replayed.slice(0, 1)) {
      judgeTrace(trace, ctx, selected, reproduce, tallies);
      digest.add(trace);
    }
    return;
  }
  // Examples the family starts first run now, out of order; the memo hands each its trace in its place, and a
  // failure surfaces there as well.
  const first = examples.flatMap((example, i) => (family.startsFirst?.(example) ? [runCase(example, `${family.name}:${i}`)] : []));
  for (const trace of first) trace.catch(() => undefined);
  if (options.underWay) {
    await Promise.race([options.run.mocks.holding(), Promise.allSettled(first)]);
    await options.underWay();
  }
  // The inputs are walked once to know which repeat (the same values the sample would give, examples first). Up
  // to HELD_INPUTS they are kept for probing; beyond, fast-check generates them again from the seed, so that
  // memory does not grow with --runs.
  const keys: string[] = [];
  const held: unknown[] | undefined = params.numRuns <= HELD_INPUTS ? [] : undefined;
  fc.check(
    fc.property(arbitrary, (input) => {
      keys.push(keyOf(input));
      held?.push(input);
      return true;
    }),
    params,
  );
  const uses = new Map<string, number>();
  for (const key of keys) uses.set(key, (uses.get(key) ?? 0) + 1);
  // Traces are judged in case order as they arrive, so the tallies are those of one pass over the list.
  const arrived = new Map<number, Trace>();
  let judged = 0;
  const judgeArrived = (): void => {
    for (let trace = arrived.get(judged); trace; trace = arrived.get(judged)) {
      const at = keys[judged] as string;
      arrived.delete(judged++);
      const before = problemsSoFar(tallies);
      judgeTrace(trace, ctx, selected, reproduce, tallies);
      digest.add(trace);
      const left = (uses.get(at) ?? 1) - 1;
      uses.set(at, left);
      if (left === 0 && problemsSoFar(tallies) === before) {
        memo.delete(at);
        passed.add(at);
      }
    }
  };
  // As many cases in flight as the target takes, started in order; a case that throws ends the family as it did.
  const running = new Set<Promise<void>>();
  let thrown: { error: unknown } | undefined;
  let next = 0;
  /** Starts the next case and waits while the target has no room for another; false once a case has thrown. */
  const probeNext = async (input: unknown): Promise<boolean> => {
    const i = next++;
    const key = keys[i] ?? keyOf(input);
    const work = runCase(input, `${family.name}:${i}`, key).then(
      (trace) => {
        arrived.set(i, trace);
        judgeArrived();
      },
      (error: unknown) => {
        thrown ??= { error };
      },
    );
    running.add(work);
    void work.finally(() => running.delete(work));
    while (running.size >= Math.max(1, options.target.concurrency) && !thrown) await Promise.race(running);
    return thrown === undefined;
  };
  if (held) {
    for (const input of held) if (!(await probeNext(input))) break;
  } else {
    await fc.check(fc.asyncProperty(arbitrary, probeNext), { ...params, endOnFailure: true });
  }
  await Promise.all(running);
  if (thrown) throw thrown.error;
  if (judged !== keys.length) throw new Error(`family ${family.name}: ${judged} of ${keys.length} cases were judged`);

  // Shrink the first violating case of each requirement: the same seed replays the same values (from
  // the memo, without probing again) up to that case, and fast-check shrinks from there.
  for (const [id, tally] of tallies) {
    const first = tally.violations[0];
    // A case that timed out would hang again at each shrinking step.
    if (!first || tally.firstTimedOut || prober.stalled) continue;
    const budget = options.shrinkBudget ?? 60;
    const start = fresh;
    const details = await fc.check(
      fc.asyncProperty(arbitrary, async (input) => {
        const key = keyOf(input);
        if (passed.has(key)) return true;
        if (fresh - start >= budget && !memo.has(key)) return true;
        return !violates(await runCase(input, '', key), ctx, id);
      }),
      params,
    );
    if (!details.failed || !details.counterexample || details.counterexamplePath === null) continue;
    const shrunkId = propertyCaseId(family.name, details.counterexamplePath);
    const shrunk = { ...(await runCase(details.counterexample[0], shrunkId)), caseId: shrunkId };
    const only = new Map<string, RequirementTally>();
    judgeTrace(shrunk, ctx, (r) => r === id, reproduce, only);
    const best = only.get(id)?.violations[0];
    if (!best) continue;
    best.shrunk = details.numShrinks;
    // The shrunk case stands in for the first violation, which the count already holds: it replaces it.
    tally.violations = [best, ...tally.violations.slice(1).filter((v) => v.case !== shrunkId)].slice(0, KEEP);
  }
}
