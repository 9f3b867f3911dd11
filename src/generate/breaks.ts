import type { Flat } from './constraints.js';
import { FORMATS } from './formats.js';
import { admits, canonical, JSON_TYPES, lengthOf, type JsonType } from './json-types.js';
import type { Made } from './mutation.js';
import { patternRegExp } from './strings.js';

/**
 * A change to a node's valid value that breaks one keyword there (the caller knows where the node is). Breaks
 * depend on the schema only: built once per node, each `make(value, pick)` builds its change of the value at
 * hand, `pick` (in [0, 1)) choosing among equivalent changes, so that no arbitrary is built per value.
 */
export interface Break {
  readonly keyword: string;
  /** Whether the break applies to this value (a guard; every valid value passes it unless said otherwise). */
  readonly applies?: (value: unknown) => boolean;
  readonly make: (value: unknown, pick: number) => Made;
}

/** The element of a non-empty list that `pick` (in [0, 1)) falls on. */
const picked = <T>(list: readonly T[], pick: number): T => list[Math.min(list.length - 1, Math.floor(pick * list.length))]!;

function fixed<V>(keyword: string, change: (value: V) => unknown, description: (changed: unknown) => string): Break {
  return {
    keyword,
    make: (value) => {
      const v = change(value as V);
      return { value: v, description: description(v) };
    },
  };
}

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
    make: (_value, pick) => {
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

function stringBreaks(flat: Flat): Break[] {
  const out: Break[] = [];
  const { pattern } = flat;
  if (pattern !== undefined && canMiss(flat, pattern)) {
    out.push({
      keyword: 'pattern',
      make: (value, pick) => {
        const re = patternRegExp(flat, pattern);
        const s = value as string;
        const misses = [`${s}!`, `!${s}`, s.slice(1), s.slice(0, -1), s.toLowerCase(), ...FIXED_MISSES].filter((m, i, all) => all.indexOf(m) === i && !re.test(m));
        const miss = picked(misses, pick);
        return { value: miss, description: `${JSON.stringify(miss)} does not match /${pattern}/` };
      },
    });
  }
  const { minLength, maxLength, format } = flat;
  if (minLength !== undefined && minLength > 0) {
    out.push(fixed<string>('minLength', (s) => [...s].slice(0, minLength - 1).join(''), () => `${minLength - 1} characters, fewer than minLength ${minLength}`));
  }
  if (maxLength !== undefined) {
    out.push(fixed<string>('maxLength', (s) => s + 'x'.repeat(Math.max(1, maxLength + 1 - lengthOf(s))), (v) => `${lengthOf(v as string)} characters, more than maxLength ${maxLength}`));
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

function arrayBreaks(flat: Flat): Break[] {
  const out: Break[] = [];
  const { minItems, maxItems } = flat;
  if (minItems !== undefined && minItems > 0) {
    out.push({
      ...fixed<readonly unknown[]>('minItems', (a) => a.slice(0, minItems - 1), () => `${minItems - 1} items, fewer than minItems ${minItems}`),
      applies: (a) => (a as readonly unknown[]).length >= minItems,
    });
  }
  if (maxItems !== undefined) {
    // Copies of items the value has keep every other keyword quiet; an empty array can only grow with nulls.
    const long = (a: readonly unknown[]): unknown[] => {
      const filler = a.length > 0 ? a : [null];
      return Array.from({ length: maxItems + 1 }, (_, i) => a[i] ?? filler[i % filler.length]);
    };
    out.push(fixed('maxItems', long, () => `${maxItems + 1} items, more than maxItems ${maxItems}`));
  }
  return out;
}

/** A node's breaks, by the kind of value it holds (a valid value has one of the node's types). */
interface Breaks {
  readonly string: readonly Break[];
  readonly number: readonly Break[];
  readonly array: readonly Break[];
  readonly other: readonly Break[];
}

const byFlat = new WeakMap<Flat, Breaks>();

function breaksOf(flat: Flat): Breaks {
  const own: Break[] = [];
  if (flat.types) {
    const t = wrongType(flat.types, typesOutside([flat.types]));
    if (t) own.push(t);
  }
  if (flat.values !== undefined && flat.valueKeyword !== undefined) {
    const v = outsideOf(flat.values);
    const which = flat.valueKeyword === 'const' ? 'the const' : 'in the enum';
    if (v !== undefined) own.push(fixed(flat.valueKeyword, () => v, () => `${JSON.stringify(v)} is not ${which}`));
    return { string: own, number: own, array: own, other: own };
  }
  return { string: [...own, ...stringBreaks(flat)], number: [...own, ...numberBreaks(flat)], array: [...own, ...arrayBreaks(flat)], other: own };
}

/**
 * The breaks of a node's own value-level keywords (not of its properties or items, which are sites of their
 * own) for a value of its: the same list for every value of a kind (check `applies` before use).
 */
export function valueBreaks(flat: Flat, value: unknown): readonly Break[] {
  let breaks = byFlat.get(flat);
  if (!breaks) byFlat.set(flat, (breaks = breaksOf(flat)));
  if (typeof value === 'string') return breaks.string;
  if (typeof value === 'number') return breaks.number;
  return Array.isArray(value) ? breaks.array : breaks.other;
}
