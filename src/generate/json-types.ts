/** JSON Schema's instance types, and the value helpers every part of the generator shares. */

export type JsonType = 'null' | 'boolean' | 'object' | 'array' | 'number' | 'integer' | 'string';

export const JSON_TYPES: readonly JsonType[] = ['null', 'boolean', 'object', 'array', 'number', 'integer', 'string'];

export const isJsonType = (t: unknown): t is JsonType => JSON_TYPES.includes(t as JsonType);

/** The narrowest type of a value: integers are "integer" (they are numbers too). */
export function typeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'boolean':
      return 'boolean';
    case 'number':
      return Number.isInteger(value) ? 'integer' : 'number';
    case 'string':
      return 'string';
    default:
      return 'object';
  }
}

/** Whether a list of types (undefined: any) admits a value of type `t`; every integer is a number. */
export const admits = (types: readonly JsonType[] | undefined, t: JsonType): boolean =>
  types === undefined || types.includes(t) || (t === 'integer' && types.includes('number'));

/** Both lists at once: integer survives a meeting of integer and number. */
export function intersectTypes(a: readonly JsonType[] | undefined, b: readonly JsonType[] | undefined): JsonType[] | undefined {
  if (a === undefined) return b && [...b];
  if (b === undefined) return [...a];
  return JSON_TYPES.filter((t) => (admits(a, t) && admits(b, t) && (a.includes(t) || b.includes(t))));
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A canonical JSON text (sorted keys): equality of JSON values, as enum and const compare them. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isPlainObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** Code points, as JSON Schema (and ajv) count string length. */
export const lengthOf = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};
