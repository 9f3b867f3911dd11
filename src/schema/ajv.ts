import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type * as Codegen from 'ajv/dist/compile/codegen/index.js';
import type standaloneModule from 'ajv/dist/standalone/index.js';
import type addFormatsModule from 'ajv-formats';
import { ANNOTATION_KEYWORDS } from './keywords.js';
import { schemaById, schemas, uriOf } from './registry.js';

const require = createRequire(import.meta.url);

/**
 * Ajv itself, loaded when a schema is compiled: a run whose validators were built with the package (GENERATED)
 * never compiles one, and loading Ajv's 90 modules cost its start about 80 ms. ajv-formats and ajv's standalone
 * are CommonJS with a default export, which require() gives as the module object.
 */
function ajvModules(): {
  Ajv2020: typeof Ajv2020;
  _: typeof Codegen._;
  addFormats: typeof addFormatsModule.default;
  standaloneCode: typeof standaloneModule.default;
} {
  return {
    Ajv2020: (require('ajv/dist/2020.js') as { Ajv2020: typeof Ajv2020 }).Ajv2020,
    _: (require('ajv/dist/compile/codegen/index.js') as typeof Codegen)._,
    addFormats: require('ajv-formats') as typeof addFormatsModule.default,
    standaloneCode: require('ajv/dist/standalone/index.js') as typeof standaloneModule.default,
  };
}

export type SchemaError = ErrorObject;

let shared: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

/**
 * A new Ajv (draft 2020-12, strict, all errors, verbose for error routing) holding every schema, each checked against
 * the draft's meta-schema unless `checkSchemas` is false.
 */
export function createAjv({ checkSchemas = true, source = false }: { checkSchemas?: boolean; source?: boolean } = {}): Ajv2020 {
  const { Ajv2020, _, addFormats } = ajvModules();
  const ajv = new Ajv2020({
    strict: true,
    allowUnionTypes: true,
    allErrors: true,
    verbose: true,
    discriminator: true,
    validateSchema: checkSchemas,
    // The code of each validator kept, for standaloneValidators(); formats then come from ajv-formats at load.
    ...(source ? { code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } } : {}),
  });
  addFormats(ajv);
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ['string', 'object', 'array', 'boolean'] });
  for (const schema of schemas().values()) ajv.addSchema(schema);
  return ajv;
}

/**
 * The process's Ajv, created on first use (a process compiles each schema once). The schemas ship with the package
 * and tests/schemas.spec.ts checks them against the meta-schema, so a run does not check them again at every start.
 */
function ajv(): Ajv2020 {
  return (shared ??= createAjv({ checkSchemas: false }));
}

/** What `npm run build` writes beside this module (scripts/gen-validators.mjs): every schema's validator as code. */
const GENERATED = 'validators.cjs';

/** The schemas' fingerprint: the validators built from them carry it, so that ones built from other schemas are not used. */
export function fingerprint(): string {
  return createHash('sha256').update(JSON.stringify([...schemas()])).digest('hex');
}

/**
 * Every schema's validator as one CommonJS module, with the schemas' fingerprint: compiling the schemas a run uses
 * costs a process about 0.3 s of CPU, loading their code a few milliseconds.
 */
export function standaloneValidators(): string {
  const ids = Object.fromEntries([...schemas().keys()].map((id) => [id, uriOf(id)]));
  const { standaloneCode } = ajvModules();
  return `${standaloneCode(createAjv({ checkSchemas: false, source: true }), ids)}\nmodule.exports.fingerprint = ${JSON.stringify(fingerprint())};\n`;
}

let prebuilt: Record<string, ValidateFunction> | null | undefined;

/** The validators `npm run build` wrote, if they are there and were built from these schemas; else null (each is compiled). */
function built(): Record<string, ValidateFunction> | null {
  if (prebuilt !== undefined) return prebuilt;
  const file = fileURLToPath(new URL(GENERATED, import.meta.url));
  if (!existsSync(file)) return (prebuilt = null);
  const loaded = require(file) as Record<string, ValidateFunction> & { fingerprint?: string };
  return (prebuilt = loaded.fingerprint === fingerprint() ? loaded : null);
}

/** The validator for a schema id: built with the package, else compiled once a process. */
function validator(id: string): ValidateFunction {
  let fn = compiled.get(id);
  if (!fn) {
    schemaById(id);
    fn = built()?.[id] ?? ajv().getSchema(uriOf(id));
    if (!fn) throw new Error(`schema "${id}" did not compile`);
    compiled.set(id, fn);
  }
  return fn;
}

/** Validates data against a schema id; the errors (empty when valid) are a copy ajv will not overwrite. */
export function validate(id: string, data: unknown): SchemaError[] {
  const fn = validator(id);
  return fn(data) ? [] : [...(fn.errors ?? [])];
}
