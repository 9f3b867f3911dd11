import fc from 'fast-check';
import type { Flat } from './flat.js';
import { FORMATS } from './formats.js';
import { admits, canonical, JSON_TYPES, lengthOf, type JsonType } from './json-types.js';
import { patternRegExp } from './strings.js';

/** A change to one node's value that breaks one keyword there (the caller knows where the node is). */
export interface Break {
  readonly keyword: string;
  readonly make: fc.Arbitrary<{ value: unknown; description: string }>;
}

const fixed = (keyword: string, value: unknown, description: string): Break => ({ keyword, make: fc.constant({ value, description }) });

/** One value of each type; "number" is not an integer, so it breaks `type: integer` too. */
export const SAMPLE_OF_TYPE: Readonly<Record<JsonType, unknown>> = {
  null: null,
  boolean: true,
  object: {},
  array: [],
  number: 0.5,
  integer: 7,
  string: 'mutated',
};

/** The types no list admits: a value of one of them breaks `type` wherever each list is checked. */
export const typesOutside = (lists: readonly (readonly JsonType[])[]): JsonType[] =>
  JSON_TYPES.filter((t) => lists.every((types) => !admits(types, t)));

export function wrongType(types: readonly JsonType[], outside: readonly JsonType[]): Break | undefined {
  if (outside.length === 0) return undefined;
  return {
    keyword: 'type',
    make: fc.constantFrom(...outside).map((t) => ({ value: SAMPLE_OF_TYPE[t], description: `${t} instead of ${types.join(' or ')}` })),
  };
}

/** A value equal to none of `values`, of the same type where possible. */
export function outsideOf(values: readonly unknown[]): unknown {
  const taken = new Set(values.map(canonical));
  const numbers = values.filter((v): v is number => typeof v === 'number');
  const candidates: unknown[] = [
    ...values.filter((v): v is string => typeof v === 'string').map((v) => `${v}_NOT_LISTED`),
    ...(numbers.length > 0 ? [Math.max(...numbers) + 1] : []),
    false,
    true,
    'NOT_LISTED',
    null,
  ];
  return candidates.find((c) => !taken.has(canonical(c)));
}

function stringBreaks(flat: Flat, value: string): Break[] {
  const out: Break[] = [];
  if (flat.pattern !== undefined) {
    const re = patternRegExp(flat, flat.pattern);
    const misses = [`${value}!`, `!${value}`, '', ' ', '\n', value.slice(1), value.slice(0, -1), value.toLowerCase(), 'not matching'].filter(
      (s, i, all) => all.indexOf(s) === i && !re.test(s),
    );
    if (misses.length > 0) {
      out.push({ keyword: 'pattern', make: fc.constantFrom(...misses).map((s) => ({ value: s, description: `${JSON.stringify(s)} does not match /${flat.pattern}/` })) });
    }
  }
  if (flat.minLength !== undefined && flat.minLength > 0) {
    const short = [...value].slice(0, flat.minLength - 1).join('');
    out.push(fixed('minLength', short, `${flat.minLength - 1} characters, fewer than minLength ${flat.minLength}`));
  }
  if (flat.maxLength !== undefined) {
    const long = value + 'x'.repeat(Math.max(1, flat.maxLength + 1 - lengthOf(value)));
    out.push(fixed('maxLength', long, `${lengthOf(long)} characters, more than maxLength ${flat.maxLength}`));
  }
  if (flat.format !== undefined && FORMATS[flat.format]) {
    const broken = FORMATS[flat.format]!.broken;
    out.push(fixed('format', broken, `${JSON.stringify(broken)} is not a ${flat.format}`));
  }
  return out;
}

function numberBreaks(flat: Flat): Break[] {
  // Only integers where only integers are allowed, so that `type` stays quiet.
  const integral = !admits(flat.types, 'number');
  const below = (n: number): number => (integral ? (Number.isInteger(n) ? n - 1 : Math.floor(n)) : n - Math.max(1, Math.abs(n) / 2));
  const above = (n: number): number => (integral ? (Number.isInteger(n) ? n + 1 : Math.ceil(n)) : n + Math.max(1, Math.abs(n) / 2));
  const out: Break[] = [];
  if (flat.minimum !== undefined) out.push(fixed('minimum', below(flat.minimum), `${below(flat.minimum)}, below minimum ${flat.minimum}`));
  if (flat.maximum !== undefined) out.push(fixed('maximum', above(flat.maximum), `${above(flat.maximum)}, above maximum ${flat.maximum}`));
  const e = flat.exclusiveMinimum;
  if (e !== undefined) {
    const v = integral && !Number.isInteger(e) ? Math.floor(e) : e;
    out.push(fixed('exclusiveMinimum', v, `${v}, not above exclusiveMinimum ${e}`));
  }
  const x = flat.exclusiveMaximum;
  if (x !== undefined) {
    const v = integral && !Number.isInteger(x) ? Math.ceil(x) : x;
    out.push(fixed('exclusiveMaximum', v, `${v}, not below exclusiveMaximum ${x}`));
  }
  return out;
}

function arrayBreaks(flat: Flat, value: readonly unknown[]): Break[] {
  const out: Break[] = [];
  if (flat.minItems !== undefined && flat.minItems > 0 && value.length >= flat.minItems) {
    out.push(fixed('minItems', value.slice(0, flat.minItems - 1), `${flat.minItems - 1} items, fewer than minItems ${flat.minItems}`));
  }
  if (flat.maxItems !== undefined) {
    // Copies of items the value has keep every other keyword quiet; an empty array can only grow with nulls.
    const filler = value.length > 0 ? value : [null];
    const long = Array.from({ length: flat.maxItems + 1 }, (_, i) => value[i] ?? filler[i % filler.length]);
    out.push(fixed('maxItems', long, `${flat.maxItems + 1} items, more than maxItems ${flat.maxItems}`));
  }
  return out;
}

/** The breaks of a node's own value-level keywords (not of its properties or items, which are sites of their own). */
export function valueBreaks(flat: Flat, value: unknown): Break[] {
  const out: Break[] = [];
  if (flat.types) {
    const t = wrongType(flat.types, typesOutside([flat.types]));
    if (t) out.push(t);
  }
  if (flat.values !== undefined && flat.valueKeyword !== undefined) {
    const v = outsideOf(flat.values);
    if (v !== undefined) out.push(fixed(flat.valueKeyword, v, `${JSON.stringify(v)} is not ${flat.valueKeyword === 'const' ? 'the const' : 'in the enum'}`));
    return out;
  }
  if (typeof value === 'string') out.push(...stringBreaks(flat, value));
  else if (typeof value === 'number') out.push(...numberBreaks(flat));
  else if (Array.isArray(value)) out.push(...arrayBreaks(flat, value));
  return out;
}
