import fc from 'fast-check';
import type { ShoppingTask } from '../../checks/types.js';
import { openSession, visitArbitrary, type Visit } from '../envelope.js';
import { type PropertyFamily } from '../family.js';
import type { Plan } from '../plan.js';
import { runSteps } from '../steps.js';

/** The tasks the config declares actions for, in a fixed order. */
export function configuredTasks(plan: Plan): ShoppingTask[] {
  const actions = plan.config.actions ?? {};
  return (['AddToShoppingCart', 'BuyShoppingProducts', 'AddToList', 'RecommendShoppingProducts'] as const).filter((t) => actions[t]);
}

interface Input {
  task: ShoppingTask;
  visit: Visit;
}

/** Each configured action's steps, run in one session, ending in the task's StartConnection. */
export const actions: PropertyFamily<Input> = {
  kind: 'property',
  name: 'actions',
  skip: (plan) => (configuredTasks(plan).length ? undefined : 'the config declares no actions'),
  arbitrary: (plan) => fc.record({ task: fc.constantFrom(...configuredTasks(plan)), visit: visitArbitrary(plan) }),
  // Every task once before the random cases.
  examples: (plan) => configuredTasks(plan).map((task) => ({ task, visit: fc.sample(visitArbitrary(plan), { seed: plan.seed, numRuns: 1 })[0] as Visit })),
  run: async ({ task, visit }, prober, plan) => {
    const flow = plan.config.actions?.[task];
    if (!flow) return [];
    const { entries } = await runSteps(flow, visit, openSession(visit), prober, task, 'handover', { task });
    return entries;
  },
};
