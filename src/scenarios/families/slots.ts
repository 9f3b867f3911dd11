import fc from 'fast-check';
import type { ShoppingTask } from '../../checks/types.js';
import { openSession, visitArbitrary, type Visit } from '../envelope.js';
import { RSP, type PropertyFamily } from '../family.js';
import type { Plan } from '../plan.js';
import { runSteps } from '../steps.js';
import { configuredTasks } from './actions.js';

/** Values a customer may say that break careless skills: markup characters, quotes, emoji, long and empty values. */
const TRICKY = ['Tom & Jerry', '<b>bold</b>', '"quoted"', "O'Brien", 'café crème', '🧘 yoga mat', '', '   ', 'a'.repeat(400), 'AT&T < 5 > 3'];

interface Input {
  task: ShoppingTask;
  visit: Visit;
  values: string[];
}

const slotCount = (plan: Plan, task: ShoppingTask): number =>
  (plan.config.actions?.[task]?.steps ?? []).reduce((n, step) => n + Object.keys('slots' in step ? (step.slots ?? {}) : {}).length, 0);

const tasksWithSlots = (plan: Plan): ShoppingTask[] => configuredTasks(plan).filter((t) => slotCount(plan, t) > 0);

/** Replaces each configured slot value, in step order, with the next generated one. */
function slotValues(plan: Plan, task: ShoppingTask, values: string[]): (Record<string, string> | undefined)[] {
  let i = 0;
  return (plan.config.actions?.[task]?.steps ?? []).map((step) =>
    'slots' in step && step.slots ? Object.fromEntries(Object.keys(step.slots).map((name) => [name, values[i++] ?? ''])) : undefined,
  );
}

/** The actions' steps with generated slot values: whatever a customer says, every response passes RSP-*. */
export const slots: PropertyFamily<Input> = {
  kind: 'property',
  name: 'slots',
  requirements: RSP,
  skip: (plan) => (tasksWithSlots(plan).length ? undefined : 'no configured step has slots'),
  arbitrary: (plan) =>
    fc.constantFrom(...tasksWithSlots(plan)).chain((task) =>
      fc.record({
        task: fc.constant(task),
        visit: visitArbitrary(plan),
        values: fc.array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 60, unit: 'grapheme' })), {
          minLength: slotCount(plan, task),
          maxLength: slotCount(plan, task),
        }),
      }),
    ),
  examples: (plan) => {
    const [task] = tasksWithSlots(plan);
    const [visit] = fc.sample(visitArbitrary(plan), { seed: plan.seed, numRuns: 1 });
    if (!task || !visit) return [];
    return TRICKY.map((value) => ({ task, visit, values: Array.from({ length: slotCount(plan, task) }, () => value) }));
  },
  run: async ({ task, visit, values }, probe, plan) => {
    const flow = plan.config.actions?.[task];
    if (!flow) return [];
    const { entries } = await runSteps(flow, visit, openSession(visit), probe, `${task} with slot values ${JSON.stringify(values)}`, 'slots', { task }, slotValues(plan, task, values));
    return entries.map((e) => ({ ...e, role: 'slots' as const }));
  },
};
