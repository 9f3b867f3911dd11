import { validate, type SchemaError } from '../schema/ajv.js';
import { describeError, requirementOf } from '../schema/route.js';

const cache = new WeakMap<object, SchemaError[]>();

/** Errors of a body against the response envelope schema, validated once per body. */
function envelopeErrors(body: unknown): SchemaError[] {
  if (typeof body !== 'object' || body === null) return validate('alexa/response-envelope', body);
  let errors = cache.get(body);
  if (!errors) cache.set(body, (errors = validate('alexa/response-envelope', body)));
  return errors;
}

/** The envelope errors a requirement owns (RSP-ENVELOPE owns those no x-requirements routes elsewhere). */
export const envelopeErrorsFor = (body: unknown, requirement: string): string[] =>
  envelopeErrors(body)
    .filter((e) => requirementOf(e, 'RSP-ENVELOPE') === requirement)
    .map(describeError);
