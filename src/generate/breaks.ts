import type { Flat } from './constraints.js';
import { FORMATS } from './formats.js';
import { admits, canonical, JSON_TYPES, lengthOf, type JsonType } from './json-types.js';
import type { Made } from './mutation.js';
import { patternRegExp } from './strings.js';

/**
 * A change to one node's value that breaks one keyword there (the caller knows where the node is). `make(pick)`
 * builds it: `pick` (in [0, 1)) chooses among equivalent breaks, so that a plain map of random numbers stands in
 * for an arbitrary built per value.
 */
export interface Break {
  readonly keyword: string;
  readonly make: (pick: number) => Made;
}

/** The element of a non-empty list that `pick` (in [0, 1)) falls on. */
export const picked = <T>(list: readonly T[], pick: number): T => list[Math.min(list.length - 1, Math.floor(pick * list.length))]!;

const fixed = (keyword: string, value: () => unknown, description: (value: unknown) => string): Break => ({
  keyword,
  make: () => {
    const v = value();
    return { value: v, description: description(v) };
  },
});

/** One value of each type; "number" is not an integer, so it breaks `type: integer` too. */
const SAMPLE_OF_TYPE: Readonly<Record<JsonType, unknown>> = {
  null: null,
  boolean: true,
  object: {},
  array: [],
  number: 0.5,
  integer: 7,
  string: 'mutated',
};

const outsideOne = new WeakMap<readonly JsonType[], JsonType[]>();

/** The types no list admits: a value of one of them breaks `type` wherever each list is checked. */
export function typesOutside(lists: readonly (readonly JsonType[])[]): JsonType[] {
  const compute = (): JsonType[] => JSON_TYPES.filter((t) => lists.every((types) => !admits(types, t)));
  const [only] = lists;
  if (lists.length !== 1 || !only) return compute();
  let found = outsideOne.get(only);
  if (!found) outsideOne.set(only, (found = compute()));
  return found;
}

export function wrongType(types: readonly JsonType[], outside: readonly JsonType[]): Break | undefined {
  if (outside.length === 0) return undefined;
  return {
    keyword: 'type',
    make: (pick) => {
      const t = picked(outside, pick);
      return { value: SAMPLE_OF_TYPE[t], description: `${t} instead of ${types.join(' or ')}` };
    },
  };
}

const outside = new WeakMap<readonly unknown[], { value: unknown }>();

/** A value equal to none of `values` (of the same type where possible), found once per list. */
export function outsideOf(values: readonly unknown[]): unknown {
  let found = outside.get(values);
  if (!found) outside.set(values, (found = { value: findOutside(values) }));
  return found.value;
}

function findOutside(values: readonly unknown[]): unknown {
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

// Strings that miss most patterns; a pattern that matches them all (".*" with the s flag, say) cannot be missed.
const FIXED_MISSES = ['', ' ', '\n', 'not matching', '!'];
const missable = new Map<string, boolean>();

function canMiss(flat: Flat, pattern: string): boolean {
  let can = missable.get(pattern);
  if (can === undefined) {
    const re = patternRegExp(flat, pattern);
    missable.set(pattern, (can = FIXED_MISSES.some((s) => !re.test(s))));
  }
  return can;
}

function stringBreaks(flat: Flat, value: string): Break[] {
  const out: Break[] = [];
  const { pattern } = flat;
  if (pattern !== undefined && canMiss(flat, pattern)) {
    out.push({
      keyword: 'pattern',
      make: (pick) => {
        const re = patternRegExp(flat, pattern);
        const misses = [`${value}!`, `!${value}`, value.slice(1), value.slice(0, -1), value.toLowerCase(), ...FIXED_MISSES].filter(
          (s, i, all) => all.indexOf(s) === i && !re.test(s),
        );
        const s = picked(misses, pick);
        return { value: s, description: `${JSON.stringify(s)} does not match /${pattern}/` };
      },
    });
  }
  const { minLength, maxLength, format } = flat;
  if (minLength !== undefined && minLength > 0) {
    out.push(fixed('minLength', () => [...value].slice(0, minLength - 1).join(''), () => `${minLength - 1} characters, fewer than minLength ${minLength}`));
  }
  if (maxLength !== undefined) {
    out.push(fixed('maxLength', () => value + 'x'.repeat(Math.max(1, maxLength + 1 - lengthOf(value))), (v) => `${lengthOf(v as string)} characters, more than maxLength ${maxLength}`));
  }
  const broken = format === undefined ? undefined : FORMATS[format]?.broken;
  if (broken !== undefined) out.push(fixed('format', () => broken, () => `${JSON.stringify(broken)} is not a ${format}`));
  return out;
}

function numberBreaks(flat: Flat): Break[] {
  // Only integers where only integers are allowed, so that `type` stays quiet.
  const integral = !admits(flat.types, 'number');
  const below = (n: number): number => (integral ? (Number.isInteger(n) ? n - 1 : Math.floor(n)) : n - Math.max(1, Math.abs(n) / 2));
  const above = (n: number): number => (integral ? (Number.isInteger(n) ? n + 1 : Math.ceil(n)) : n + Math.max(1, Math.abs(n) / 2));
  const out: Break[] = [];
  const { minimum, maximum, exclusiveMinimum: e, exclusiveMaximum: x } = flat;
  if (minimum !== undefined) out.push(fixed('minimum', () => below(minimum), (v) => `${String(v)}, below minimum ${minimum}`));
  if (maximum !== undefined) out.push(fixed('maximum', () => above(maximum), (v) => `${String(v)}, above maximum ${maximum}`));
  if (e !== undefined) out.push(fixed('exclusiveMinimum', () => (integral && !Number.isInteger(e) ? Math.floor(e) : e), (v) => `${String(v)}, not above exclusiveMinimum ${e}`));
  if (x !== undefined) out.push(fixed('exclusiveMaximum', () => (integral && !Number.isInteger(x) ? Math.ceil(x) : x), (v) => `${String(v)}, not below exclusiveMaximum ${x}`));
  return out;
}

function arrayBreaks(flat: Flat, value: readonly unknown[]): Break[] {
  const out: Break[] = [];
  const { minItems, maxItems } = flat;
  if (minItems !== undefined && minItems > 0 && value.length >= minItems) {
    out.push(fixed('minItems', () => value.slice(0, minItems - 1), () => `${minItems - 1} items, fewer than minItems ${minItems}`));
  }
  if (maxItems !== undefined) {
    // Copies of items the value has keep every other keyword quiet; an empty array can only grow with nulls.
    const filler = value.length > 0 ? value : [null];
    const long = (): unknown[] => Array.from({ length: maxItems + 1 }, (_, i) => value[i] ?? filler[i % filler.length]);
    out.push(fixed('maxItems', long, () => `${maxItems + 1} items, more than maxItems ${maxItems}`));
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
    const which = flat.valueKeyword === 'const' ? 'the const' : 'in the enum';
    if (v !== undefined) out.push(fixed(flat.valueKeyword, () => v, () => `${JSON.stringify(v)} is not ${which}`));
    return out;
  }
  if (typeof value === 'string') out.push(...stringBreaks(flat, value));
  else if (typeof value === 'number') out.push(...numberBreaks(flat));
  else if (Array.isArray(value)) out.push(...arrayBreaks(flat, value));
  return out;
}
