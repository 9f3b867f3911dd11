/**
 * The requirement modules hold together: each sits where its id says, names only families that exist, every family
 * judges something and has its spec file under suites/, and the published catalog is the modules' own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { catalogJson } from '../src/requirements/catalog.js';
import { REQUIREMENTS, familiesOf, requirementsOf } from '../src/requirements/registry.js';
import { FAMILIES } from '../src/scenarios/families.js';
import { packageRoot } from '../src/schema/paths.js';

const root = packageRoot();

test('each module sits at src/requirements/<area>/<rest of its id>.ts', () => {
  const files = readdirSync(join(root, 'src', 'requirements'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((d) => readdirSync(join(root, 'src', 'requirements', d.name)).map((f) => `${d.name}/${f}`))
    .sort();
  const expected = REQUIREMENTS.map(({ entry }) => {
    const [prefix = '', ...rest] = entry.id.split('-');
    return `${prefix.toLowerCase()}/${rest.join('-').toLowerCase()}.ts`;
  }).sort();
  expect(files).toEqual(expected);
});

test('ids are unique', () => {
  const ids = REQUIREMENTS.map((m) => m.entry.id);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});

test('a module names only families that exist, and every skill requirement is judged by one', () => {
  const names = FAMILIES.map((f) => f.name);
  for (const m of REQUIREMENTS) {
    if (m.kind !== 'skill') continue;
    expect(m.families.length, `${m.entry.id} names no family`).toBeGreaterThan(0);
    expect(m.families.filter((f) => !names.includes(f)), `${m.entry.id} names families that do not exist`).toEqual([]);
  }
});

test('every family judges some requirement and has its spec file', () => {
  const specs = readdirSync(join(root, 'suites')).filter((f) => f.endsWith('.spec.ts'));
  for (const family of FAMILIES) {
    expect(requirementsOf(family.name).length, `${family.name} judges nothing`).toBeGreaterThan(0);
    const spec = `${family.name}.spec.ts`;
    expect(specs, `suites/${spec} runs the family ${family.name}`).toContain(spec);
    expect(readFileSync(join(root, 'suites', spec), 'utf8')).toMatch(new RegExp(`familySuite\\('${family.name}'[,)]`));
  }
  expect(specs.map((s) => s.replace('.spec.ts', '')).filter((s) => !FAMILIES.some((f) => f.name === s)), 'spec files of no family').toEqual([]);
});

test('familiesOf and requirementsOf agree', () => {
  for (const family of FAMILIES) for (const id of requirementsOf(family.name)) expect(familiesOf(id)).toContain(family.name);
});

test('schemas/requirements.json is the catalog the modules make (npm run gen writes it)', () => {
  expect(readFileSync(join(root, 'schemas', 'requirements.json'), 'utf8')).toBe(catalogJson());
});
