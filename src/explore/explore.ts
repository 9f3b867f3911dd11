import fc from 'fast-check';
import type { InteractionModel } from '../config/model.js';
import { IspService, runProductService } from '../mocks/isp/service.js';
import { MockServer } from '../mocks/server.js';
import { Prober } from '../scenarios/prober.js';
import { RequestIds } from '../scenarios/envelope.js';
import { visitArbitrary, type Visit } from '../scenarios/envelope.js';
import { familySeed, type Plan } from '../scenarios/plan.js';
import type { Target } from '../targets/exchange.js';
import type { Step } from '../types/index.js';
import { LAUNCH, sayAll, turnsArbitrary, type Say, type Turns } from './commands.js';
import { explorationCatalog } from './catalog.js';
import { GOALS, goalOf, type HandOff } from './hand-off.js';
import { searchFrontier } from './frontier.js';
import { filledStep } from './slots.js';
import { Path, Walker } from './walk.js';
import { DEFAULT_BUDGET, type ExploreBudget } from './budget.js';

export { DEFAULT_BUDGET, type ExploreBudget } from './budget.js';


/** The shortest path found to one goal (actions.<task>, isp.offer, isp.premium, isp.cancel). */
interface Discovery {
  goal: string;
  steps: Step[];
  /** The product of an in-skill purchase request. */
  productId?: string;
}

/** What exploration did and found: plain JSON, so the CLI hands it to Playwright's workers as it is. */
export interface Exploration {
  locale: string;
  seed: number;
  runs: number;
  depth: number;
  /** Paths walked: the frontier search's, the short ones and the random ones (a path already walked costs no request). */
  paths: number;
  /** Requests sent to the skill. */
  probes: number;
  found: Discovery[];
  /** The product service served the page's sample products: the config gives no isp.catalog of the skill's own. */
  sampleCatalog?: true;
}

/** Fresh probes shrinking may spend per goal: past it, the path found so far stands. */
const SHRINK_PROBES = 200;

/**
 * The short paths tried first, shortest first: each intent alone, a LaunchRequest then each intent, and each
 * intent then AMAZON.YesIntent (a skill that asks before it hands off); each with its slots unfilled, then filled.
 */
function shortPaths(model: InteractionModel): Step[][] {
  const said = model.intentNames().flatMap((intent) => {
    const filled = filledStep(model, intent);
    return filled ? [{ intent }, filled] : [{ intent }];
  });
  const yes = model.intent('AMAZON.YesIntent') ? [{ intent: 'AMAZON.YesIntent' }] : [];
  return [
    [LAUNCH],
    ...said.map((s) => [s]),
    ...said.map((s) => [LAUNCH, s]),
    ...(yes.length ? said.filter((s) => !('intent' in s && s.intent === 'AMAZON.YesIntent')).map((s) => [s, ...yes]) : []),
  ];
}

/** Every step the frontier search tries at each turn: a LaunchRequest, and each intent with its slots unfilled, then filled. */
function candidates(model: InteractionModel): Step[] {
  return [LAUNCH, ...model.intentNames().flatMap((intent) => [{ intent }, ...[filledStep(model, intent)].filter((s): s is Step => s !== undefined)])];
}

/** Runs a sequence of turns as one session and returns the path it walked. */
async function walk(walker: Walker, commands: Iterable<fc.AsyncCommand<Turns, Path>>): Promise<Path> {
  const path = new Path(walker);
  await fc.asyncModelRun(() => ({ model: { turns: 0, over: false }, real: path }), commands);
  return path;
}

/** The customer exploration plays: the run's first locale, generated once from the seed like every visit. */
function visitOf(plan: Plan, locale: string, seed: number): Visit {
  const [visit] = fc.sample(visitArbitrary(plan, [locale]), { seed, numRuns: 1 });
  if (!visit) throw new Error('no visit could be generated');
  return visit;
}

/** A customer session against the skill with its own mock APIs: what exploring and replaying a path need. */
async function openWalker(target: Target, plan: Plan, locale: string, seed: number): Promise<{ walker: Walker; prober: Prober; close: () => Promise<void> }> {
  const core = runProductService(plan.ispCatalog);
  const mocks = new MockServer().use(new IspService(core));
  const apiEndpoint = await mocks.start();
  const prober = new Prober(target, { timeoutMs: plan.timeoutMs, ids: new RequestIds(), mocks, products: core });
  const visit = visitOf({ ...plan, apiEndpoint }, locale, seed);
  const walker = new Walker(prober, visit, core, { catalog: explorationCatalog(plan.ispCatalog) });
  return { walker, prober, close: () => mocks.close() };
}

/** Where a path ends when it is sent as exploration sends it (the first locale, the seed's customer): a hand-off, or none. */
export async function replayPath(target: Target, plan: Plan, steps: readonly Step[]): Promise<HandOff | undefined> {
  const locale = plan.locales[0] ?? 'en-US';
  const { walker, close } = await openWalker(target, plan, locale, familySeed(plan.seed, 'explore'));
  try {
    return (await walker.reach(steps)).handOff;
  } finally {
    await close();
  }
}

/**
 * Explores the skill as a curious customer: the frontier search over the session states it reveals, the short
 * paths, then `runs` random sequences of up to `depth` turns of the model's intents, each one session. The
 * shortest path to each goal is kept; one a random sequence found is shrunk by fast-check first. The same
 * seed explores the same paths.
 */
export async function explore(target: Target, plan: Plan, budget: ExploreBudget = DEFAULT_BUDGET): Promise<Exploration | undefined> {
  const locale = plan.locales[0];
  const model = locale === undefined ? undefined : plan.models?.[locale];
  if (locale === undefined || !model) return undefined;
  const seed = familySeed(plan.seed, 'explore');
  const { walker, prober, close } = await openWalker(target, plan, locale, seed);
  try {
    const arbitrary = turnsArbitrary(model, budget.depth);
    const examples = shortPaths(model).map((steps) => [sayAll(steps)] as [Iterable<Say>]);
    const params = { seed, numRuns: examples.length + budget.runs, examples };

    const shortest = new Map<string, { steps: Step[]; handOff: HandOff; shrinks: boolean }>();
    const keep = (steps: Step[], handOff: HandOff, shrinks: boolean): void => {
      const goal = goalOf(handOff);
      const best = shortest.get(goal);
      if (!best || steps.length < best.steps.length) shortest.set(goal, { steps, handOff, shrinks });
    };
    const frontier = await searchFrontier(walker, candidates(model), budget.depth);
    for (const { steps, handOff } of frontier.ended) keep(steps, handOff, false);
    let paths = frontier.paths;
    await fc.assert(
      fc.asyncProperty(arbitrary, async (commands) => {
        paths++;
        const path = await walk(walker, commands);
        if (path.handOff) keep(path.steps, path.handOff, true);
      }),
      params,
    );

    // Shrinking: fast-check replays the same sequences up to the first that reached the goal, then shortens it.
    for (const [goal, best] of shortest) {
      if (!best.shrinks || best.steps.length <= 1 || prober.stalled) continue;
      const start = walker.fresh;
      let shrunk: Path | undefined;
      await fc.check(
        fc.asyncProperty(arbitrary, async (commands) => {
          if (walker.fresh - start >= SHRINK_PROBES) return true;
          const path = await walk(walker, commands);
          const reached = path.handOff !== undefined && goalOf(path.handOff) === goal;
          if (reached) shrunk = path;
          return !reached;
        }),
        params,
      );
      if (shrunk?.handOff && shrunk.steps.length < best.steps.length) shortest.set(goal, { steps: shrunk.steps, handOff: shrunk.handOff, shrinks: false });
    }

    const found = GOALS.flatMap((goal): Discovery[] => {
      const path = shortest.get(goal);
      if (!path) return [];
      const productId = 'purchase' in path.handOff ? path.handOff.productId : undefined;
      return [{ goal, steps: path.steps, ...(productId !== undefined ? { productId } : {}) }];
    });
    return { locale, seed: plan.seed, runs: budget.runs, depth: budget.depth, paths, probes: prober.sent, found, ...(plan.ispCatalog ? {} : { sampleCatalog: true as const }) };
  } finally {
    await close();
  }
}
