/**
 * What one requirement is made of, in one module under src/requirements/<area>/: its catalog entry, the check that
 * judges it, the families whose cases it judges, and what the report says when nothing judged it. Every list the
 * suite keeps (the checks, each family's requirements, the catalog schemas/requirements.json, the report's notes) is
 * derived from these modules by src/requirements/registry.ts.
 */
import type { Check } from '../checks/types.js';
import type { AdapterOperation } from '../client/adapter.js';
import type { ClientCheck } from '../client/checks/types.js';
import type { Requirement as CatalogEntry } from '../types/index.js';


interface Common {
  /** The published catalog entry, exactly as schemas/requirements.json carries it. */
  entry: CatalogEntry;
  /** Why nothing judged it, in the reader's terms, when no family case produced what it judges. */
  notProbed?: string;
}

/** A requirement judged on the exchanges of a skill under test (the run verb). */
export interface SkillRequirement extends Common {
  kind: 'skill';
  check: Omit<Check, 'id'>;
  /** The scenario families whose cases this requirement judges (src/scenarios/families/). */
  families: readonly string[];
  /**
   * The rule forbids something (silence, no task, no error announcement): a request that crashed did none of it, so
   * the crash is no evidence against it (the RSP-* findings report the crash). Otherwise a request meant for this
   * requirement that got no response is a violation of it too.
   */
  prohibition?: true;
  /** Why the requirement does not bind this skill at all, judged from the config (its note), or undefined when it does. */
  inapplicable?(facts: ConfigFacts): string | undefined;
}

/** What the config says of the skill that decides whether a requirement binds it at all. */
export interface ConfigFacts {
  /** The tasks the config declares actions for. */
  declaredTasks: readonly string[];
}

/** A requirement judged on the calls a team's commerce client makes (the client verb). */
export interface ClientRequirement extends Common {
  kind: 'client';
  check: Omit<ClientCheck, 'id'>;
  /** The adapter operations that can produce what it judges: an adapter with none of them leaves it not run. */
  needs: readonly AdapterOperation[];
  /** What the adapter lacks then, for the report's note ("the adapter has no createDeliveryTracker"). */
  lacking: string;
}

export type RequirementModule = SkillRequirement | ClientRequirement;

export const skillRequirement = (r: Omit<SkillRequirement, 'kind'>): SkillRequirement => ({ kind: 'skill', ...r });
export const clientRequirement = (r: Omit<ClientRequirement, 'kind'>): ClientRequirement => ({ kind: 'client', ...r });

