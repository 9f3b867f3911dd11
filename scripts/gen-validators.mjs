#!/usr/bin/env node
// Writes dist/src/schema/validators.cjs: every schema's ajv validator as standalone code, built from schemas/ by the
// compiled engine (run after tsc; `npm run build` does both). A run loads it instead of compiling the schemas it
// uses; validators built from other schemas than those beside them are never used (src/schema/ajv.ts).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { standaloneValidators } = await import(join(root, 'dist', 'src', 'schema', 'ajv.js'));
writeFileSync(join(root, 'dist', 'src', 'schema', 'validators.cjs'), standaloneValidators());
