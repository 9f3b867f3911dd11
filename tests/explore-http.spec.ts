/**
 * Exploration over HTTP: the same skills served by serveHandler in this process and probed as an endpoint,
 * so exploration is proven through the transport a team's web service uses, not only in a worker thread.
 */
import { expect, test } from '@playwright/test';
import { handler as reference } from '../fixtures/skills/reference/index.js';
import { handler as nightSky } from '../fixtures/skills/field/night-sky/index.js';
import { handler as trailOutfitters } from '../fixtures/skills/field/trail-outfitters/index.js';
import { handler as twoTurn } from '../fixtures/skills/explore/two-turn/index.js';
import { handler as noShopping } from '../fixtures/skills/explore/no-shopping/index.js';
import { serveHandler, type LambdaStyleHandler } from '../fixtures/skills/serve.js';
import { replayPath } from '../src/explore/explore.js';
import { runConformance } from '../src/run/conformance.js';
import { openTarget } from '../src/targets/resolve.js';
import type { Target } from '../src/targets/exchange.js';
import { configOf, configuredGoals, expectNothingFound, exploreSkill, FIELD, goalOrNone, NO_SHOPPING, planFor, REFERENCE, TWO_TURN, withoutSteps, type ExploredSkill } from './helpers/explore.js';

/** Serves the handler on loopback for the length of `use`, as an endpoint target. */
async function overHttp<T>(handler: LambdaStyleHandler, use: (target: Target, url: string) => Promise<T>): Promise<T> {
  const served = await serveHandler(handler);
  const target = await openTarget({ endpoint: served.url });
  try {
    return await use(target, served.url);
  } finally {
    await target.close();
    await served.close();
  }
}

const byName = (name: string): ExploredSkill => {
  const s = FIELD.find((f) => f.name === name);
  if (!s) throw new Error(`no field skill ${name}`);
  return s;
};

const cases: [ExploredSkill, LambdaStyleHandler][] = [
  [REFERENCE, reference as LambdaStyleHandler],
  [byName('night-sky'), nightSky as LambdaStyleHandler],
  [byName('trail-outfitters'), trailOutfitters as LambdaStyleHandler],
];

for (const [s, handler] of cases) {
  test(`${s.name} over HTTP: the steps found match the configured ones, or are shorter with the same end`, async () => {
    await overHttp(handler, async (target) => {
      const exploration = await exploreSkill(s, target);
      const plan = planFor(s);
      for (const [goal, flow] of configuredGoals(configOf(s))) {
        const d = exploration.found.find((f) => f.goal === goal);
        expect(d, `${s.name}: ${goal} found`).toBeDefined();
        if (!d) continue;
        expect(d.steps.length).toBeLessThanOrEqual(flow.steps.length);
        const configuredEnd = await replayPath(target, plan, flow.steps);
        expect(goalOrNone(configuredEnd)).toBe(goal);
        if (configuredEnd && 'purchase' in configuredEnd) expect(d.productId).toBe(configuredEnd.productId);
      }
    });
  });
}

test('two-turn over HTTP: OrderTeaIntent then AMAZON.YesIntent is found', async () => {
  await overHttp(twoTurn as LambdaStyleHandler, async (target) => {
    const exploration = await exploreSkill(TWO_TURN, target);
    expect(exploration.found).toEqual([{ goal: 'actions.AddToShoppingCart', steps: [{ intent: 'OrderTeaIntent' }, { intent: 'AMAZON.YesIntent' }] }]);
  });
});

test('no-shopping over HTTP: nothing found, exit 0, every SHOP and RESUME requirement not applicable', async () => {
  await overHttp(noShopping as LambdaStyleHandler, async (_target, url) => {
    expectNothingFound(await runConformance({ target: { endpoint: url }, config: withoutSteps(configOf(NO_SHOPPING)), cwd: NO_SHOPPING.dir, seed: 4, runs: 5 }));
  });
});
