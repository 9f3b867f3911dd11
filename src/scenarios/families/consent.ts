import fc from 'fast-check';
import { NOT_CONSENT_INTENTS } from '../../checks/consent.js';
import type { Entry, ShoppingTask } from '../../checks/types.js';
import type { Prober } from '../prober.js';
import type { Step } from '../../types/index.js';
import { envelope, intentRequest, openSession, visitArbitrary, type Visit } from '../envelope.js';
import { type MatrixCase, type MatrixFamily } from '../family.js';
import { familySeed, type Plan } from '../plan.js';
import { runSteps, sessionOverBy } from '../steps.js';
import { configuredTasks } from './actions.js';

const isYes = (step: Step | undefined): boolean => step !== undefined && 'intent' in step && step.intent === 'AMAZON.YesIntent';

const visitsFor = (plan: Plan, id: string, n: number): Visit[] => fc.sample(visitArbitrary(plan), { seed: familySeed(plan.seed, id), numRuns: n });

/** Opening the skill, and each request that is no consent to shop, each in a new session ("Alexa, ask ... for help"). */
function fresh(plan: Plan): MatrixCase {
  const id = 'consent:fresh';
  const requests: [string, Record<string, unknown>][] = [
    ['LaunchRequest', { type: 'LaunchRequest' }],
    ...NOT_CONSENT_INTENTS.map((name): [string, Record<string, unknown>] => [name, intentRequest(name)]),
  ];
  return {
    id,
    run: async (prober) => {
      const visits = visitsFor(plan, id, requests.length);
      const entries: Entry[] = [];
      for (const [i, [name, request]] of requests.entries()) {
        const visit = visits[i] as Visit;
        const exchange = await prober.send(envelope(prober.ids, visit, openSession(visit), request));
        entries.push({ label: `consent ${name} in a new session ${visit.locale}`, role: 'consent', exchange, meta: {} });
      }
      return entries;
    },
  };
}

/**
 * Each request that is no consent, sent in place of step k+1 of an action (the first k steps run, in
 * one session, as Alexa would), each in its own session. A NoIntent in place of a configured
 * AMAZON.YesIntent is the customer declining the offer the skill just made: SHOP-DECLINE judges it.
 */
function midFlow(plan: Plan, task: ShoppingTask, k: number): MatrixCase {
  const id = `consent:${task}/after-step-${k}`;
  return {
    id,
    run: async (prober: Prober) => {
      const flow = plan.config.actions?.[task];
      if (!flow) return [];
      const visits = visitsFor(plan, id, NOT_CONSENT_INTENTS.length);
      const declines = isYes(flow.steps[k]);
      const entries: Entry[] = [];
      for (const [i, name] of NOT_CONSENT_INTENTS.entries()) {
        const visit = visits[i] as Visit;
        const label = `consent ${task} ${name} after step ${k}`;
        const before = await runSteps({ steps: flow.steps.slice(0, k) }, visit, openSession(visit), prober, `${label}:`, 'step', { task });
        entries.push(...before.entries);
        const last = before.entries[before.entries.length - 1]?.exchange;
        // Alexa sends nothing more in a session the skill ended or handed to a task.
        if (!last || sessionOverBy(last) !== undefined) continue;
        const decline = declines && name === 'AMAZON.NoIntent';
        const exchange = await prober.send(envelope(prober.ids, visit, before.state, intentRequest(name)));
        entries.push({
          label: decline ? `${label} (declines the confirmation)` : label,
          role: 'consent',
          exchange,
          meta: { task, ...(decline ? { declines: task } : {}) },
        });
      }
      return entries;
    },
  };
}

/** Requests that are no consent to shop, fresh and in the middle of each configured action; and the decline of each confirmation. */
export const consent: MatrixFamily = {
  kind: 'matrix',
  name: 'consent',
  cases: (plan) => [
    fresh(plan),
    ...configuredTasks(plan).flatMap((task) => {
      const steps = plan.config.actions?.[task]?.steps.length ?? 0;
      return Array.from({ length: Math.max(0, steps - 1) }, (_, i) => midFlow(plan, task, i + 1));
    }),
  ],
};
