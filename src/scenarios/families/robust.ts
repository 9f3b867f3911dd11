import fc from 'fast-check';
import type { Entry } from '../../checks/types.js';
import { envelope, intentRequest, openSession, visitArbitrary, type Visit } from '../envelope.js';
import type { PropertyFamily } from '../family.js';
import type { Plan } from '../plan.js';
import { stepRequest } from '../steps.js';
import { configuredTasks } from './actions.js';
import { refundIntent, refundLocales } from './refund.js';

/** An unknown property to add: at the `node`-th object of the envelope (modulo their count). */
interface Injection {
  node: number;
  key: string;
  value: unknown;
}

interface Input {
  base: number;
  visit: Visit;
  injections: Injection[];
}

/** Maps whose keys carry meaning (attributes, slots, interfaces): a new key there is new data, not an unknown property. */
const MAPS = new Set(['attributes', 'slots', 'supportedInterfaces', 'permissions', 'scopes']);

/** The envelope's objects where Alexa could add a property, in a fixed order. */
function objectNodes(value: unknown, path = '', found: { path: string; node: Record<string, unknown> }[] = []) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return found;
  found.push({ path: path || '/', node: value as Record<string, unknown> });
  for (const [key, child] of Object.entries(value)) if (!MAPS.has(key)) objectNodes(child, `${path}/${key}`, found);
  return found;
}

/** Adds each injection to a copy of the envelope; returns where they went. */
function inject(envelopeValue: Record<string, unknown>, injections: Injection[]): { value: Record<string, unknown>; at: string[] } {
  const value = structuredClone(envelopeValue);
  const nodes = objectNodes(value);
  const at: string[] = [];
  for (const { node, key, value: extra } of injections) {
    const target = nodes[node % nodes.length];
    if (!target || key in target.node) continue;
    target.node[key] = extra;
    at.push(`${target.path === '/' ? '' : target.path}/${key}`);
  }
  return { value, at };
}

/** The requests the robustness family varies: launch, the refund intent, each action's first step, a session end. */
function bases(plan: Plan): { name: string; request: () => Record<string, unknown>; inSession: boolean }[] {
  const list = [
    { name: 'LaunchRequest', request: () => ({ type: 'LaunchRequest' }), inSession: true },
    // Only where every locale's model has it: the visit may be in any locale, and Alexa sends only intents the model has.
    ...(refundLocales(plan).length === plan.locales.length ? [{ name: refundIntent(plan), request: () => intentRequest(refundIntent(plan)), inSession: true }] : []),
    { name: 'SessionEndedRequest', request: () => ({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' }), inSession: true },
  ];
  for (const task of configuredTasks(plan)) {
    const first = plan.config.actions?.[task]?.steps[0];
    if (first) list.push({ name: `${task} step 1`, request: () => stepRequest(first), inSession: true });
  }
  return list;
}

const keyArb = fc.stringMatching(/^[a-z][A-Za-z0-9]{2,15}$/).map((k) => `x${k}`);
const injectionArb = fc.record({ node: fc.nat({ max: 64 }), key: keyArb, value: fc.jsonValue({ maxDepth: 2 }) });

/** ROBUST-UNKNOWN-FIELDS: each base request sent as is and with unknown properties at random depths. */
export const robust: PropertyFamily<Input> = {
  kind: 'property',
  name: 'robust',
  arbitrary: (plan) =>
    fc.record({
      base: fc.nat({ max: bases(plan).length - 1 }),
      visit: visitArbitrary(plan),
      injections: fc.array(injectionArb, { minLength: 1, maxLength: 4 }),
    }),
  examples: () => [],
  run: async ({ base, visit, injections }, prober, plan) => {
    const chosen = bases(plan)[base];
    if (!chosen) return [];
    const state = openSession(visit);
    const original = await prober.send(envelope(prober.ids, visit, state, chosen.request()));
    const { value, at } = inject(envelope(prober.ids, visit, state, chosen.request()), injections);
    const variant = await prober.send(value);
    const entries: Entry[] = [
      { label: `${chosen.name} as is`, role: 'robust-original', exchange: original, meta: {} },
      { label: `${chosen.name} with unknown properties at ${at.join(', ')}`, role: 'robust-variant', exchange: variant, meta: { originalAt: 0, injected: at } },
    ];
    return entries;
  },
};
