import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Requirement, RequirementCatalog } from '../types/index.js';
import { validate } from './ajv.js';
import { schemasDir } from './paths.js';

let catalog: RequirementCatalog | undefined;

/** schemas/requirements.json, validated against its schema, read once a process. */
export function requirementCatalog(): RequirementCatalog {
  if (catalog) return catalog;
  const data = JSON.parse(readFileSync(join(schemasDir(), 'requirements.json'), 'utf8')) as unknown;
  const errors = validate('requirements', data);
  if (errors.length) throw new Error(`schemas/requirements.json: ${errors.map((e) => `${e.instancePath} ${e.message}`).join('; ')}`);
  return (catalog = data as RequirementCatalog);
}

export const requirements = (): Requirement[] => requirementCatalog().requirements;

export const requirement = (id: string): Requirement | undefined => requirements().find((r) => r.id === id);

/** The title of a requirement's area (its id's prefix). */
export function areaOf(id: string): string {
  const prefix = id.split('-')[0];
  return requirementCatalog().areas.find((a) => a.prefix === prefix)?.title ?? prefix ?? id;
}

/** Whether a requirement is judged by the client verb (a commerce client's calls) rather than by probing a skill. */
export const isClientRequirement = (id: string): boolean => id.startsWith('PAY-') || id.startsWith('BWP-');
