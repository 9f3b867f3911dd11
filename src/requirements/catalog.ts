/** The requirement catalog as published in schemas/requirements.json, built from the requirement modules. */
import type { Requirement, RequirementCatalog } from '../types/index.js';
import { AREAS, PAGES } from './areas.js';
import { REQUIREMENTS } from './registry.js';

const catalog: RequirementCatalog = {
  $schema: './requirements.schema.json',
  areas: [...AREAS],
  pages: { ...PAGES },
  requirements: REQUIREMENTS.map((m) => m.entry),
};

export const requirementCatalog = (): RequirementCatalog => catalog;

export const requirements = (): Requirement[] => catalog.requirements;

export const requirement = (id: string): Requirement | undefined => catalog.requirements.find((r) => r.id === id);

/** The title of a requirement's area (its id's prefix). */
export function areaOf(id: string): string {
  const prefix = id.split('-')[0];
  return AREAS.find((a) => a.prefix === prefix)?.title ?? prefix ?? id;
}

/** schemas/requirements.json, byte for byte: `npm run gen` writes it, `npm run gen:check` fails when it drifts. */
export const catalogJson = (): string => `${JSON.stringify(catalog, null, 2)}\n`;
