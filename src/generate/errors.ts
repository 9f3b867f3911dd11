/**
 * A schema (or a part of one) that the generator cannot serve: an unsupported keyword, an unknown format,
 * a pattern fast-check cannot generate, a contradiction. `schemaPath` names the file and the JSON pointer,
 * e.g. `schemas/pay/x.schema.json#/properties/a`, so the schema's author can find it.
 */
export class UngeneratableSchemaError extends Error {
  constructor(
    readonly schemaPath: string,
    reason: string,
  ) {
    super(`${schemaPath}: ${reason}`);
    this.name = 'UngeneratableSchemaError';
  }
}
