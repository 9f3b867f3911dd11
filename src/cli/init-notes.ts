import type { Exploration } from '../explore/explore.js';
import { sampleCatalogHint } from '../explore/apply.js';
import { GOALS } from '../explore/hand-off.js';
import type { ConformanceConfig, Step } from '../types/index.js';

const said = (step: Step): string =>
  'intent' in step
    ? `\`${step.intent}\`${step.slots && Object.keys(step.slots).length ? ` with ${Object.entries(step.slots).map(([k, v]) => `${k} = "${v}"`).join(', ')}` : ''}`
    : 'a LaunchRequest';

/** What each goal's steps are for, as the README's config section says. */
const PURPOSE: Readonly<Record<string, string>> = {
  'actions.AddToShoppingCart': 'end in the AddToShoppingCart hand-off (Connections.StartConnection)',
  'actions.BuyShoppingProducts': 'end in the BuyShoppingProducts hand-off',
  'actions.AddToList': 'end in the AddToList hand-off',
  'actions.RecommendShoppingProducts': 'end in the RecommendShoppingProducts hand-off',
  'isp.offer': 'end in a Connections.SendRequest named Buy (an in-skill product offered)',
  'isp.premium': 'reach premium content, which for a customer who lacks the product ends in an Upsell',
};

/** The .md written beside the config `init` writes: each entry, where it came from, and what to add by hand. */
export function initNotes(config: ConformanceConfig, exploration: Exploration | undefined, file: string): string {
  const lines = [
    `# ${file}`,
    '',
    `Written by \`alexa-shopping-conformance init\`. Each entry, and what to check before you rely on it:`,
    '',
    `- \`locales\`: ${JSON.stringify(config.locales)}, from the interaction model's file name. Add every locale the skill serves, and make \`interactionModel\` a map from locale to model file.`,
    `- \`interactionModel\`: \`${String(config.interactionModel)}\` (relative to this file). Requests fill and resolve their slots from it as Alexa does.`,
  ];
  if (!exploration) {
    lines.push('', 'Exploration did not run (--explore-runs 0): the config gives no steps, so `run` explores the skill itself each time.');
    return `${lines.join('\n')}\n`;
  }
  const how = `${exploration.paths} paths of up to ${exploration.depth} turns in ${exploration.locale} (seed ${exploration.seed}, ${exploration.probes} requests)`;
  lines.push('', `## Steps discovered by exploring the skill (${how})`, '');
  const found = new Map(exploration.found.map((d) => [d.goal, d]));
  for (const goal of GOALS) {
    const d = found.get(goal);
    const key = goal === 'isp.premium' ? 'isp.premium[0]' : goal;
    if (goal === 'isp.cancel') {
      if (d) lines.push(`- A Cancel purchase request was found after ${d.steps.map(said).join(', then ')}; the config has no key for it.`);
      continue;
    }
    lines.push(
      d
        ? `- \`${key}\`: ${d.steps.map(said).join(', then ')}. These steps ${PURPOSE[goal] ?? 'end in the hand-off'}${d.productId ? ` (product ${d.productId})` : ''}. They are the shortest path found: check that they are what a customer would say.`
        : `- \`${key}\`: not found in ${exploration.paths} paths${sampleCatalogHint(exploration, goal)}. If the skill does this, add its steps; without them its requirements are not applicable, never failed.`,
    );
  }
  lines.push(
    '',
    '## Not discovered: add by hand when the skill has them',
    '',
    '- `isp.list` (steps that list the products for sale) and `isp.consume` (steps that use one unit of a consumable); `isp.catalog` (the skill\'s own products, a JSON file).',
    '- `applicationId` (the skill\'s id, if it checks it), `refund.intent` (when the refund intent is not named RefundIntent), `associates`, `lexicon`, `secrets`.',
    '',
    'A config with steps is used as it is: `run` explores only when the config gives no steps at all.',
  );
  return `${lines.join('\n')}\n`;
}
