import type { LoadedConfig } from '../config/load.js';
import type { InteractionModel } from '../config/model.js';
import type { ConformanceConfig, Flow } from '../types/index.js';
import type { Exploration } from './explore.js';
import { GOALS } from './hand-off.js';

/** The config keys whose steps exploration can stand in for. */
const STEP_KEYS = ['list', 'offer', 'premium', 'consume'] as const;

/**
 * Exploration runs when the run has an interaction model and the config gives no steps at all (no `actions`,
 * no isp list, offer, premium or consume): a config with steps is the team's word on its flows.
 */
export function explores(config: ConformanceConfig, hasModel: boolean): boolean {
  if (!hasModel) return false;
  if (Object.values(config.actions ?? {}).some(Boolean)) return false;
  return !STEP_KEYS.some((key) => config.isp?.[key] !== undefined);
}

/** The config with each discovered path as the steps of its key; a key the config configures keeps its own steps. */
export function withDiscovered(config: ConformanceConfig, exploration: Exploration): ConformanceConfig {
  const out: ConformanceConfig = structuredClone(config);
  for (const { goal, steps } of exploration.found) {
    const flow: Flow = { steps: structuredClone(steps) };
    const [section, key] = goal.split('.') as [string, string];
    if (section === 'actions') {
      const actions = (out.actions ??= {});
      const task = key as keyof NonNullable<ConformanceConfig['actions']>;
      actions[task] ??= flow;
    } else if (key === 'offer') {
      out.isp = { ...out.isp, offer: out.isp?.offer ?? flow };
    } else if (key === 'premium') {
      out.isp = { ...out.isp, premium: out.isp?.premium ?? [flow] };
    }
  }
  return out;
}

const stepText = (steps: Flow['steps']): string =>
  steps
    .map((s) => ('intent' in s ? `${s.intent}${s.slots && Object.keys(s.slots).length ? ` (${Object.entries(s.slots).map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''}` : 'LaunchRequest'))
    .join(', then ');

/** Why an in-skill purchase goal may not have been reached: the skill looks its own products up by name. */
export const sampleCatalogHint = (exploration: Exploration, goal: string): string =>
  exploration.sampleCatalog && goal.startsWith('isp.')
    ? "; the product service served the page's sample products, whose names a skill that looks its own up does not know: give the skill's products (init --catalog, or isp.catalog in a config without steps) and explore again"
    : '';

/** What the report says of exploration: which steps were discovered (and how), and each goal never reached. */
export function explorationNotes(exploration: Exploration): string[] {
  const how = `${exploration.paths} paths of up to ${exploration.depth} turns in ${exploration.locale}, ${exploration.probes} requests`;
  if (exploration.found.length === 0) return [`exploration found no hand-off (${how}): nothing found, so no shopping or in-skill purchase flow was probed${sampleCatalogHint(exploration, 'isp.')}`];
  const found = new Set(exploration.found.map((d) => d.goal));
  return [
    `the config gives no steps: they were discovered by exploring the skill (${how}); give steps in the config to replace them`,
    ...exploration.found.map((d) => `${d.goal}${d.goal === 'isp.premium' ? '[0]' : ''} discovered: ${stepText(d.steps)}${d.goal === 'isp.cancel' ? ' (no config key takes these steps)' : ''}`),
    ...GOALS.filter((g) => g !== 'isp.cancel' && !found.has(g)).map((g) => `${g} not found in ${exploration.paths} paths (not a failure: no requirement of it was probed)${sampleCatalogHint(exploration, g)}`),
  ];
}

/** How a run asks for exploration: --explore-runs (0 turns it off) and --explore-depth. */
export interface ExploreOptions {
  exploreRuns?: number;
  exploreDepth?: number;
  /** What an exploration before the run found: the CLI explores once and hands the result to every worker. */
  explored?: Exploration;
}

/** The config as the run uses it: with the discovered steps where it has none, and what the report says of them. */
export function applyExplored(loaded: LoadedConfig, models: Record<string, InteractionModel> | undefined, explored: Exploration | undefined): { loaded: LoadedConfig; notes: string[] } {
  if (!explored || !explores(loaded.config, models !== undefined)) return { loaded, notes: [] };
  return { loaded: { ...loaded, config: withDiscovered(loaded.config, explored) }, notes: explorationNotes(explored) };
}

/** The exploration flags a replay command repeats: those the run was given. */
export const exploreArgsOf = (options: ExploreOptions): string[] => [
  ...(options.exploreRuns !== undefined ? ['--explore-runs', String(options.exploreRuns)] : []),
  ...(options.exploreDepth !== undefined ? ['--explore-depth', String(options.exploreDepth)] : []),
];
