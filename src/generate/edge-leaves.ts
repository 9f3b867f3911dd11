import fc from 'fast-check';
import type { Context } from './context.js';
import type { Flat } from './constraints.js';
import { lengthOf } from './json-types.js';
import { integerBounds, nextDown, nextUp } from './numbers.js';
import { stringArbitrary } from './strings.js';

const TEXT = [...'Alexa, add a yoga mat to my cart. Café ☕ 日本 '];

/** `n` code points of readable text. */
const text = (n: number): string => Array.from({ length: n }, (_, i) => TEXT[i % TEXT.length]).join('');

/** The shortest and the longest strings a node allows (plain text), or of a fixed sample of its generator. */
export function stringEdges(ctx: Context, flat: Flat): string[] {
  if (flat.generate === undefined && flat.format === undefined && flat.pattern === undefined) {
    const min = flat.minLength ?? 0;
    return [text(min), text(Math.min(flat.maxLength ?? min + 16, min + 10_000))];
  }
  const probe = fc.sample(stringArbitrary(ctx, flat), { seed: 0, numRuns: 20 });
  const byLength = [...probe].sort((a, b) => lengthOf(a) - lengthOf(b));
  return [byLength[0]!, byLength[byLength.length - 1]!];
}

const clamp = (n: number, low: number, high: number): number => Math.min(Math.max(n, low), high);

export function integerEdges(flat: Flat): number[] {
  const { min, max } = integerBounds(flat);
  const bounded = [flat.minimum, flat.exclusiveMinimum, flat.maximum, flat.exclusiveMaximum].some((b) => b !== undefined);
  return bounded ? [min, max, clamp(0, min, max)].filter((n) => Math.abs(n) < Number.MAX_SAFE_INTEGER) : [0];
}

export function numberEdges(flat: Flat): number[] {
  const low = Math.max(flat.minimum ?? -Infinity, flat.exclusiveMinimum === undefined ? -Infinity : nextUp(flat.exclusiveMinimum));
  const high = Math.min(flat.maximum ?? Infinity, flat.exclusiveMaximum === undefined ? Infinity : nextDown(flat.exclusiveMaximum));
  return [low, high, clamp(0, low, high), clamp(0.5, low, high)].filter((n) => Number.isFinite(n)).map((n) => (n === 0 ? 0 : n));
}
