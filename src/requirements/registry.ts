/**
 * Every list the suite keeps of its requirements, derived from the requirement modules (src/requirements/<area>/,
 * listed in the generated src/requirements/index.ts): the checks, the client checks, which families judge which
 * requirement, and the notes of requirements nothing judged.
 */
import type { Check } from '../checks/types.js';
import type { CommerceAdapter } from '../client/adapter.js';
import type { ClientCheck } from '../client/checks/types.js';
import type { ClientRequirement, ConfigFacts, RequirementModule, SkillRequirement } from './define.js';
import { MODULES } from './index.js';

export const REQUIREMENTS: readonly RequirementModule[] = MODULES;

const byId = new Map(MODULES.map((m) => [m.entry.id, m]));

const moduleOf = (id: string): RequirementModule | undefined => byId.get(id);

const skill = MODULES.filter((m): m is SkillRequirement => m.kind === 'skill');
const client = MODULES.filter((m): m is ClientRequirement => m.kind === 'client');

/** Every check of a skill's exchanges, one per requirement. */
export const CHECKS: readonly Check[] = skill.map((m) => ({ ...m.check, id: m.entry.id }));

/** Every check of a commerce client's calls, one per PAY-* and BWP-* requirement. */
export const CLIENT_CHECKS: readonly ClientCheck[] = client.map((m) => ({ ...m.check, id: m.entry.id }));

/** Whether a requirement is judged by the client verb rather than by probing a skill. */
export const isClientRequirement = (id: string): boolean => moduleOf(id)?.kind === 'client';

/** The requirements a scenario family's cases are judged against, in catalog order. */
export const requirementsOf = (family: string): string[] => skill.filter((m) => m.families.includes(family)).map((m) => m.entry.id);

/** The scenario families whose cases a requirement judges. */
export function familiesOf(id: string): readonly string[] {
  const m = moduleOf(id);
  return m?.kind === 'skill' ? m.families : [];
}

/** Whether a requirement forbids something, so that a request that crashed is no evidence against it. */
export function isProhibition(id: string): boolean {
  const m = moduleOf(id);
  return m?.kind === 'skill' && m.prohibition === true;
}

/** Why a requirement does not bind this skill at all (judged from the config), or undefined when it does. */
export function inapplicableOf(id: string, facts: ConfigFacts): string | undefined {
  const m = moduleOf(id);
  return m?.kind === 'skill' ? m.inapplicable?.(facts) : undefined;
}

/** Why nothing judged a requirement, in the reader's terms, when its module says. */
export const notProbedOf = (id: string): string | undefined => moduleOf(id)?.notProbed;

/** The notes of the client requirements an adapter cannot exercise: it has none of the operations they need. */
export function notRunFor(adapter: CommerceAdapter): Map<string, string> {
  const notes = new Map<string, string>();
  for (const m of client) if (!m.needs.some((op) => typeof adapter[op] === 'function')) notes.set(m.entry.id, `not run: ${m.lacking}`);
  return notes;
}
