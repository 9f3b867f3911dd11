import fc from 'fast-check';
import type { Context } from './context.js';
import type { Flat } from './constraints.js';
import { anyJson } from './json.js';

// Without maxItems, a few items more than the minimum: nested lists of ten (fast-check's default) make
// megabyte-sized envelopes that exercise nothing more and cost the generation rate.
const UNBOUNDED_EXTRA = 4;

/** Arrays of the flat's items (any JSON when it has none), between minItems and maxItems long. */
export function arrayArbitrary(ctx: Context, flat: Flat, minimal: boolean): fc.Arbitrary<unknown[]> {
  const minLength = flat.minItems ?? 0;
  const maxLength = minimal ? minLength : (flat.maxItems ?? minLength + UNBOUNDED_EXTRA);
  if (maxLength === 0) return fc.constant([]);
  const item = flat.items.length === 0 ? anyJson : ctx.arbitrary(flat.items, minimal);
  return fc.array(item, { minLength, maxLength });
}
