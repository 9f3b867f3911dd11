import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { invalidArbitraryOf } from '../src/generate/invalid.js';
import { arbitraryOf } from '../src/generate/arbitrary.js';
import { createAjv, fingerprint, standaloneValidators, validate } from '../src/schema/ajv.js';
import { schemaIds, schemas, uriOf } from '../src/schema/registry.js';
import { ROOT } from './helpers/cli.js';

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

test('the validators `npm run build` writes are built from these schemas and judge as compiling them does', () => {
  const file = join(ROOT, 'dist', 'src', 'schema', 'validators.cjs');
  const built = createRequire(import.meta.url)(file) as Record<string, ValidateFunction> & { fingerprint: string };
  expect(built.fingerprint, 'built from the schemas in schemas/ (else a run compiles them instead)').toBe(fingerprint());
  expect(readFileSync(file, 'utf8') === standaloneValidators(), 'the file is what the build makes now').toBe(true);
  const ajv = createAjv();
  const errorsOf = (fn: ValidateFunction, data: unknown): unknown => (fn(data) ? [] : fn.errors);
  for (const id of schemaIds()) {
    const compiled = ajv.getSchema(uriOf(id))!;
    const examples = (schemas().get(id)!['examples'] as unknown[] | undefined) ?? [];
    const valid = fc.sample(arbitraryOf(id), { seed: 1, numRuns: 20 });
    const invalid = fc.sample(invalidArbitraryOf(id), { seed: 1, numRuns: 20 }).map((i) => i.value);
    for (const data of [{}, [], null, 'x', 1, ...examples, ...valid, ...invalid]) {
      expect(errorsOf(built[id]!, data), `${id}: ${JSON.stringify(data)?.slice(0, 200)}`).toEqual(errorsOf(compiled, data));
    }
  }
});
