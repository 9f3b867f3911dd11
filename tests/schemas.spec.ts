import { expect, test } from '@playwright/test';
import { createAjv, validate } from '../src/schema/ajv.js';
import { schemaIds, schemas } from '../src/schema/registry.js';

test('every schema is valid against the draft 2020-12 meta-schema (a run does not check this again)', () => {
  const ajv = createAjv();
  for (const id of schemaIds()) expect(ajv.validateSchema(schemas().get(id)!), `${id}: ${JSON.stringify(ajv.errors)}`).toBe(true);
});

test('every schema compiles under Ajv2020 strict mode', () => {
  const ajv = createAjv();
  for (const id of schemaIds()) expect(() => ajv.compile(schemas().get(id)!), id).not.toThrow();
});

for (const [id, schema] of schemas()) {
  const examples = (schema['examples'] as unknown[] | undefined) ?? [];
  test(`${id}: every example validates`, () => {
    for (const example of examples) expect(validate(id, example), JSON.stringify(example)).toEqual([]);
  });
}
