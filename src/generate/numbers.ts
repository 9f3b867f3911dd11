import fc from 'fast-check';
import type { Flat } from './constraints.js';
import { fail } from './nodes.js';

/** The integers a flat admits, clamped to the safe range (beyond it JSON numbers lose integrality). */
export function integerBounds(flat: Flat): { min: number; max: number } {
  const min = Math.max(
    Math.ceil(flat.minimum ?? -Infinity),
    flat.exclusiveMinimum === undefined ? -Infinity : Math.floor(flat.exclusiveMinimum) + 1,
    Number.MIN_SAFE_INTEGER,
  );
  const max = Math.min(
    Math.floor(flat.maximum ?? Infinity),
    flat.exclusiveMaximum === undefined ? Infinity : Math.ceil(flat.exclusiveMaximum) - 1,
    Number.MAX_SAFE_INTEGER,
  );
  return { min, max };
}

/** The double bounds of a flat, as fast-check takes them. */
function doubleBounds(flat: Flat): fc.DoubleConstraints {
  const c: fc.DoubleConstraints = { noNaN: true, noDefaultInfinity: true };
  const low = Math.max(flat.minimum ?? -Infinity, flat.exclusiveMinimum ?? -Infinity);
  const high = Math.min(flat.maximum ?? Infinity, flat.exclusiveMaximum ?? Infinity);
  if (low !== -Infinity) Object.assign(c, { min: low, minExcluded: low === flat.exclusiveMinimum });
  if (high !== Infinity) Object.assign(c, { max: high, maxExcluded: high === flat.exclusiveMaximum });
  return c;
}

// JSON has no -0 (JSON.stringify writes 0), so a generated -0 would not survive the wire.
const noNegativeZero = (n: number): number => (n === 0 ? 0 : n);

export function integerArbitrary(flat: Flat): fc.Arbitrary<number> {
  const { min, max } = integerBounds(flat);
  if (min > max) return fail(flat.at, 'no integer lies within the bounds');
  return fc.integer({ min, max }).map(noNegativeZero);
}

export function numberArbitrary(flat: Flat): fc.Arbitrary<number> {
  const doubles = fc.double(doubleBounds(flat)).map(noNegativeZero);
  const { min, max } = integerBounds(flat);
  return min <= max ? fc.oneof(fc.integer({ min, max }).map(noNegativeZero), doubles) : doubles;
}

/** The smallest double above n (n finite). */
export function nextUp(n: number): number {
  if (n === 0) return Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, n);
  const bits = view.getBigInt64(0);
  view.setBigInt64(0, n > 0 ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

export const nextDown = (n: number): number => -nextUp(-n);
