import fc from 'fast-check';
import { envelope, intentRequest, openSession, visitArbitrary, type Visit } from '../envelope.js';
import { type PropertyFamily } from '../family.js';
import { DEFAULT_REFUND_INTENT, localesWith, type Plan } from '../plan.js';

interface Input {
  visit: Visit;
}

export const refundIntent = (plan: Plan): string => plan.config.refund?.intent ?? DEFAULT_REFUND_INTENT;

/** Alexa sends only intents the model has: the refund request goes out only in locales whose model has it. */
export const refundLocales = (plan: Plan): string[] => localesWith(plan, refundIntent(plan));

/** The refund intent, asked in a new session ("Alexa, ask ... for a refund"). */
export const refund: PropertyFamily<Input> = {
  kind: 'property',
  name: 'refund',
  skip: (plan) =>
    refundLocales(plan).length > 0
      ? undefined
      : `the interaction model has no ${refundIntent(plan)}, so Alexa cannot send it (name the refund intent in refund.intent if it has another name)`,
  arbitrary: (plan) => fc.record({ visit: visitArbitrary(plan, refundLocales(plan)) }),
  examples: () => [],
  run: async ({ visit }, prober, plan) => {
    const exchange = await prober.send(envelope(prober.ids, visit, openSession(visit), intentRequest(refundIntent(plan))));
    return [{ label: `${refundIntent(plan)} ${visit.locale}`, role: 'refund', exchange, meta: {} }];
  },
};
