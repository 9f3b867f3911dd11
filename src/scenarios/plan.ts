import type { InteractionModel } from '../config/model.js';
import type { ConformanceConfig, InSkillProduct } from '../types/index.js';

/** The run's options a scenario family reads: plain data, the same in every worker of a run. */
export interface PlanOptions {
  config: ConformanceConfig;
  /** The folder the config's relative paths resolve against. */
  configDir: string;
  seed: number;
  /** Generated cases per property. */
  runs: number;
  timeoutMs: number;
  locales: string[];
  applicationId: string;
  /** The config's isp.catalog, loaded and validated: the skill's own products. Absent, the ISP family generates catalogs. */
  ispCatalog?: InSkillProduct[];
  /** The request-verification run (--security): the security family runs, and only it. */
  security?: boolean;
}

/** Everything a scenario family needs to generate its cases. */
export interface Plan extends PlanOptions {
  /** context.System.apiEndpoint: the loopback server of the mock Amazon APIs. */
  apiEndpoint: string;
  /** Anchor for generated timestamps. */
  now: Date;
  /** Each locale's interaction model, when the run has one: requests of that locale fill their slots from it. */
  models?: Readonly<Record<string, InteractionModel>>;
}

/** The locales whose model has an intent (every locale when the run has no model): where Alexa could send it. */
export const localesWith = (plan: Plan, intent: string): string[] =>
  plan.models ? plan.locales.filter((locale) => plan.models?.[locale]?.intent(intent) !== undefined) : plan.locales;

export const DEFAULT_APPLICATION_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-000000000000';
export const DEFAULT_REFUND_INTENT = 'RefundIntent';

/** A family's own seed: independent of which other families run, so --only and shards reproduce it. */
export function familySeed(seed: number, family: string): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const ch of family) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h | 0;
}
