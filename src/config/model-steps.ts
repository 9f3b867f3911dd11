import type { ConformanceConfig, Flow } from '../types/index.js';
import { nearest } from './distance.js';
import { BadInput } from '../bad-input.js';
import type { InteractionModel } from './model.js';

/** The config's flows by the key that names them in messages (actions.AddToShoppingCart, isp.premium[0], ...). */
export function configuredFlows(config: ConformanceConfig): { key: string; flow: Flow }[] {
  const flows: { key: string; flow: Flow }[] = [];
  for (const [task, flow] of Object.entries(config.actions ?? {})) if (flow) flows.push({ key: `actions.${task}`, flow });
  const isp = config.isp ?? {};
  if (isp.list) flows.push({ key: 'isp.list', flow: isp.list });
  if (isp.offer) flows.push({ key: 'isp.offer', flow: isp.offer });
  (isp.premium ?? []).forEach((flow, i) => flows.push({ key: `isp.premium[${i}]`, flow }));
  if (isp.consume) flows.push({ key: 'isp.consume', flow: isp.consume });
  return flows;
}

/** Built-in intents are always allowed: Alexa sends the standard ones whether or not the model lists them. */
const builtIn = (intent: string): boolean => intent.startsWith('AMAZON.');

/** Why a model cannot receive an intent with these slots, or undefined. */
function problem(model: InteractionModel, intent: string, slots: readonly string[]): string | undefined {
  const declared = model.intent(intent);
  if (!declared) {
    if (builtIn(intent)) return undefined;
    const near = nearest(intent, model.intentNames().filter((n) => !builtIn(n)));
    return `names intent "${intent}", which the interaction model ${model.shown} lacks${near ? ` (nearest: ${near})` : ''}`;
  }
  const names = (declared.slots ?? []).map((s) => s.name);
  for (const slot of slots) {
    if (names.includes(slot)) continue;
    const near = nearest(slot, names);
    return `names slot "${slot}", which intent ${intent} lacks in the interaction model ${model.shown} (${near ? `nearest: ${near}` : 'the intent has no slots'})`;
  }
  return undefined;
}

/**
 * Every configured step, and a configured refund intent, must be an intent Alexa could send with that model:
 * one the model has, with slots it has. The first that is not is a BadInput in one line.
 */
export function checkStepsAgainst(config: ConformanceConfig, models: Readonly<Record<string, InteractionModel>>, perLocale = false): void {
  const byModel = new Map<InteractionModel, string[]>();
  for (const [locale, model] of Object.entries(models)) byModel.set(model, [...(byModel.get(model) ?? []), locale]);
  for (const [model, locales] of byModel) {
    const where = perLocale ? ` (${locales.join(', ')})` : '';
    for (const { key, flow } of configuredFlows(config)) {
      flow.steps.forEach((step, i) => {
        if (!('intent' in step)) return;
        const why = problem(model, step.intent, Object.keys(step.slots ?? {}));
        if (why) throw new BadInput(`${key} step ${i + 1}${where} ${why}`);
      });
    }
    const refund = config.refund?.intent;
    const why = refund === undefined ? undefined : problem(model, refund, []);
    if (why) throw new BadInput(`refund.intent${where} ${why}`);
  }
}
