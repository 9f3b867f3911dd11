import { ANNOTATION_KEYWORDS } from '../schema/keywords.js';
import { FORMATS } from './formats.js';
import { fail, type SchemaNode } from './nodes.js';

/** Keywords that change what validates and that the generator understands. */
const SUPPORTED = new Set([
  'type', 'enum', 'const',
  'properties', 'required', 'additionalProperties',
  'items', 'minItems', 'maxItems',
  'minLength', 'maxLength', 'pattern', 'format',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'oneOf', 'anyOf', 'allOf', '$ref',
  // OpenAPI's, as ajv runs it (discriminator: true): only the named branch of the oneOf is validated.
  'discriminator',
]);

/** Keywords that never change what validates (x-generate is read, but as an annotation). */
const IGNORED = new Set<string>([
  '$schema', '$id', '$defs', 'definitions', '$comment',
  'title', 'description', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly',
  // Annotations only in draft 2020-12 (ajv does not assert them).
  'contentEncoding', 'contentMediaType',
  ...ANNOTATION_KEYWORDS,
]);


/**
 * Fails loudly on a keyword the generator does not understand (`not`, `if`, `patternProperties`, ...):
 * generating from the rest would produce values the schema rejects, or miss what it accepts.
 */
export function checkKeywords(node: SchemaNode): void {
  if (typeof node.schema === 'boolean') return;
  for (const keyword of Object.keys(node.schema)) {
    if (SUPPORTED.has(keyword) || IGNORED.has(keyword) || keyword.startsWith('x-')) continue;
    fail(node, `keyword "${keyword}" is not supported`);
  }
  const format = node.schema['format'];
  if (format !== undefined && !Object.hasOwn(FORMATS, String(format))) fail(node, `format "${String(format)}" is not supported`);
}
