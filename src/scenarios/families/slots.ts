import fc from 'fast-check';
import { configuredFlows } from '../../config/model-steps.js';
import type { ShoppingTask } from '../../checks/types.js';
import type { Flow } from '../../types/index.js';
import { openSession, visitArbitrary, type Visit } from '../envelope.js';
import { type PropertyFamily } from '../family.js';
import type { Plan } from '../plan.js';
import { formedExample, slotValueArbitrary, TRICKY } from '../slot-values.js';
import { runSteps } from '../steps.js';

interface Input {
  /** The flow's key: actions.AddToShoppingCart, isp.offer, ... */
  flow: string;
  visit: Visit;
  values: string[];
}

/** A configured slot, in step order: which step, which intent, which slot. */
interface SlotAt {
  step: number;
  intent: string;
  slot: string;
}

const slotsOf = (flow: Flow): SlotAt[] =>
  flow.steps.flatMap((step, i) => ('intent' in step ? Object.keys(step.slots ?? {}).map((slot) => ({ step: i, intent: step.intent, slot })) : []));

/** The configured flows (actions and isp steps) whose steps fill slots. */
const flowsWithSlots = (plan: Plan): { key: string; flow: Flow }[] => configuredFlows(plan.config).filter(({ flow }) => slotsOf(flow).length > 0);

const flowOf = (plan: Plan, key: string): Flow | undefined => flowsWithSlots(plan).find((f) => f.key === key)?.flow;

/** Replaces each configured slot value, in step order, with the next generated one. */
function slotValues(flow: Flow, values: string[]): (Record<string, string> | undefined)[] {
  let i = 0;
  return flow.steps.map((step) =>
    'slots' in step && step.slots ? Object.fromEntries(Object.keys(step.slots).map((name) => [name, values[i++] ?? ''])) : undefined,
  );
}

const typeOf = (visit: Visit, at: SlotAt): string | undefined => visit.model?.slotTypeOf(at.intent, at.slot);

const taskOf = (key: string): ShoppingTask | undefined => (key.startsWith('actions.') ? (key.slice('actions.'.length) as ShoppingTask) : undefined);

/**
 * The configured steps with generated slot values, as Alexa would fill them from the model (a custom type's
 * values and synonyms, resolved, or awkward text it cannot match; a built-in type's own forms): whatever a
 * customer says, every response passes RSP-*.
 */
export const slots: PropertyFamily<Input> = {
  kind: 'property',
  name: 'slots',
  skip: (plan) => (flowsWithSlots(plan).length ? undefined : 'no configured step has slots'),
  arbitrary: (plan) =>
    fc.constantFrom(...flowsWithSlots(plan)).chain(({ key, flow }) =>
      visitArbitrary(plan).chain((visit) =>
        fc.record({
          flow: fc.constant(key),
          visit: fc.constant(visit),
          values: fc.tuple(...slotsOf(flow).map((at) => slotValueArbitrary(visit.model, typeOf(visit, at)))),
        }),
      ),
    ),
  examples: (plan) => {
    const [first] = flowsWithSlots(plan);
    const [visit] = fc.sample(visitArbitrary(plan), { seed: plan.seed, numRuns: 1 });
    if (!first || !visit) return [];
    const at = slotsOf(first.flow);
    return TRICKY.map((value) => ({ flow: first.key, visit, values: at.map((s) => formedExample(typeOf(visit, s)) ?? value) }));
  },
  run: async ({ flow: key, visit, values }, prober, plan) => {
    const flow = flowOf(plan, key);
    if (!flow) return [];
    const task = taskOf(key);
    const label = `${key.replace(/^actions\./, '')} with slot values ${JSON.stringify(values)}`;
    const { entries } = await runSteps(flow, visit, openSession(visit), prober, label, 'slots', task ? { task } : {}, slotValues(flow, values));
    return entries.map((e) => ({ ...e, role: 'slots' as const }));
  },
};
