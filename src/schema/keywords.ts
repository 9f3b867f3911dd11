/**
 * Annotation keywords the schemas carry (schemas/README.md). Registered with ajv so that strict mode
 * accepts them; they never change what validates.
 */
export const ANNOTATION_KEYWORDS = [
  'x-source',
  'x-assumed',
  'x-discrepancies',
  'x-gaps',
  'x-example-fixes',
  'x-generate',
  'x-requirements',
  'x-completion',
  'tsType',
] as const;
