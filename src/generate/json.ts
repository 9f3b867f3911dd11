import fc from 'fast-check';

/**
 * Small JSON values, for `{}` and `true` schemas: shallow, plain-prototype objects, no -0 (JSON cannot carry
 * it), no "__proto__" keys (a reader that assigns keys one by one would turn them into a prototype).
 */
const key = fc.string({ maxLength: 8 }).filter((k) => k !== '__proto__');

const scalar = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -1000, max: 1000 }).map((n) => (n === 0 ? 0 : n)),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n)),
  fc.string({ maxLength: 12 }),
);

const { value } = fc.letrec<{ value: unknown; array: unknown[]; object: Record<string, unknown> }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', maxDepth: 3 }, scalar, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 3 }),
  object: fc.dictionary(key, tie('value'), { maxKeys: 3, noNullPrototype: true }),
}));

export const anyJson: fc.Arbitrary<unknown> = value;

/** A few fixed JSON values, one of each type, for boundary cases. */
export const JSON_EDGES: readonly unknown[] = [null, true, 0, 'text', [], {}];
