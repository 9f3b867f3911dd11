import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { ANNOTATION_KEYWORDS } from './keywords.js';
import { schemaById, schemas, uriOf } from './registry.js';

// ajv-formats is CommonJS with a default export; under nodenext its namespace arrives as the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export type SchemaError = ErrorObject;

let shared: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

/**
 * A new Ajv (draft 2020-12, strict, all errors, verbose for error routing) holding every schema, each checked against
 * the draft's meta-schema unless `checkSchemas` is false.
 */
export function createAjv({ checkSchemas = true }: { checkSchemas?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, verbose: true, discriminator: true, validateSchema: checkSchemas });
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

/** The compiled validator for a schema id, compiled once a process. */
function validator(id: string): ValidateFunction {
  let fn = compiled.get(id);
  if (!fn) {
    schemaById(id);
    fn = ajv().getSchema(uriOf(id));
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
