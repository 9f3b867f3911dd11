import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { validate } from '../src/schema/ajv.js';
import { packageRoot } from '../src/schema/paths.js';
import { schemaIds } from '../src/schema/registry.js';

/** One hand-written invalid instance (schemas/README.md, "Invalid cases"): the keyword that must fire, and where. */
type SchemaCase = { description: string; data: unknown; fires: { keyword: string; instancePath: string } };

const casesDir = join(packageRoot(), 'fixtures', 'schema-cases');

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.json') ? [join(dir, entry.name)] : [],
  );

/** Case files by schema id: the file's path under fixtures/schema-cases/ without .json. */
const caseFiles = new Map(
  walk(casesDir)
    .map((file) => [relative(casesDir, file).split(sep).join('/').slice(0, -'.json'.length), file] as const)
    .sort(([a], [b]) => a.localeCompare(b)),
);

for (const [id, file] of caseFiles) {
  const cases = JSON.parse(readFileSync(file, 'utf8')) as SchemaCase[];

  test(`${id}: case descriptions are unique and state facts`, () => {
    const descriptions = cases.map((c) => c.description);
    expect(new Set(descriptions).size, 'duplicate descriptions').toBe(descriptions.length);
    for (const description of descriptions) expect(description, 'a description states a fact').not.toMatch(/\bshould\b/i);
  });

  for (const { description, data, fires } of cases) {
    test(`${id}: ${description}`, () => {
      const fired = validate(id, data).map((e) => ({ keyword: e.keyword, instancePath: e.instancePath }));
      expect(fired).toContainEqual(fires);
    });
  }
}

test('every schema has a file of invalid cases', () => {
  const missing = schemaIds().filter((id) => !caseFiles.has(id));
  expect(missing).toEqual([]);
});
