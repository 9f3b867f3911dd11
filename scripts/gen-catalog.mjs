#!/usr/bin/env node
// Writes schemas/requirements.json, the published requirement catalog, from the requirement modules under
// src/requirements/ (as built into dist/ by `npm run build`), after validating it against its schema. `--check`
// writes nothing and exits 1 when the file would change (CI's drift check).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const { catalogJson } = await import(join(root, 'dist', 'src', 'requirements', 'catalog.js'));
const { validate } = await import(join(root, 'dist', 'src', 'schema', 'ajv.js'));

const text = catalogJson();
const errors = validate('requirements', JSON.parse(text));
if (errors.length) {
  console.error(`the requirement modules make an invalid catalog: ${errors.map((e) => `${e.instancePath} ${e.message}`).join('; ')}`);
  process.exit(1);
}
const file = join(root, 'schemas', 'requirements.json');
const current = readFileSync(file, 'utf8');
if (current === text) console.log('schemas/requirements.json is up to date');
else if (check) {
  console.error('schemas/requirements.json differs from the requirement modules (src/requirements/): run `npm run gen` and commit the result');
  process.exit(1);
} else {
  writeFileSync(file, text);
  console.log('wrote schemas/requirements.json');
}
