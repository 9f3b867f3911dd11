import fc from 'fast-check';
import type { Context } from './context.js';
import type { Flat } from './constraints.js';
import { FORMATS, formatAccepts } from './formats.js';
import { lengthOf } from './json-types.js';
import { fail } from './nodes.js';

const regexps = new Map<string, RegExp>();

/** A pattern as ajv compiles it (the `u` flag; unanchored patterns match anywhere). */
export function patternRegExp(flat: Flat, pattern: string): RegExp {
  let re = regexps.get(pattern);
  if (!re) {
    try {
      re = new RegExp(pattern, 'u');
    } catch (e) {
      return fail(flat.at, `pattern /${pattern}/ is not an ECMAScript regular expression: ${(e as Error).message}`);
    }
    regexps.set(pattern, re);
  }
  return re;
}

/** Whether a string meets a flat's string constraints (lengths in code points, pattern, format). */
function stringFits(flat: Flat, s: string): boolean {
  const n = flat.minLength !== undefined || flat.maxLength !== undefined ? lengthOf(s) : 0;
  if (flat.minLength !== undefined && n < flat.minLength) return false;
  if (flat.maxLength !== undefined && n > flat.maxLength) return false;
  if (flat.pattern !== undefined && !patternRegExp(flat, flat.pattern).test(s)) return false;
  if (flat.format !== undefined && !formatAccepts(flat.format, s)) return false;
  return true;
}

/**
 * `arb` held to the flat's constraints. A probe first: a generator that (almost) never fits is a schema bug
 * or a bad override, said at build time instead of as a fast-check "too many filtered values" later.
 */
function fitted(flat: Flat, arb: fc.Arbitrary<string>, what: string): fc.Arbitrary<string> {
  const probe = fc.sample(arb, { seed: 42, numRuns: 100 });
  const fits = probe.filter((s) => stringFits(flat, s)).length;
  if (fits === 0) fail(flat.at, `${what} never satisfies the node's constraints (e.g. ${JSON.stringify(probe[0])})`);
  if (fits < 10) fail(flat.at, `${what} satisfies the node's constraints too rarely to generate from (${fits} of 100)`);
  return arb.filter((s) => stringFits(flat, s));
}

function patternArbitrary(flat: Flat, pattern: string): fc.Arbitrary<string> {
  const re = patternRegExp(flat, pattern);
  try {
    return fc.stringMatching(re, flat.maxLength === undefined ? {} : { maxLength: flat.maxLength });
  } catch (e) {
    return fail(flat.at, `pattern /${pattern}/ cannot be generated: ${(e as Error).message}`);
  }
}

// Mostly printable ASCII, some other single code points: JSON Schema counts code points, so each unit is one.
const plain = (minLength: number, maxLength?: number): fc.Arbitrary<string> => {
  const c = maxLength === undefined ? { minLength } : { minLength, maxLength };
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ ...c, unit: 'grapheme-ascii' }) },
    { weight: 1, arbitrary: fc.string({ ...c, unit: 'grapheme-composite' }) },
  );
};

/** Strings for a flat: its domain generator, else its format, else its pattern, else plain text. */
export function stringArbitrary(ctx: Context, flat: Flat): fc.Arbitrary<string> {
  if (flat.generate !== undefined) return fitted(flat, ctx.domain(flat.generate, flat.at), `x-generate "${flat.generate}"`);
  if (flat.format !== undefined) {
    const format = FORMATS[flat.format];
    if (!format) return fail(flat.at, `format "${flat.format}" is not supported`);
    return flat.minLength === undefined && flat.maxLength === undefined && flat.pattern === undefined
      ? format.arbitrary()
      : fitted(flat, format.arbitrary(), `format "${flat.format}"`);
  }
  if (flat.pattern !== undefined) {
    const arb = patternArbitrary(flat, flat.pattern);
    return flat.minLength === undefined && flat.maxLength === undefined ? arb : fitted(flat, arb, `pattern /${flat.pattern}/`);
  }
  return plain(flat.minLength ?? 0, flat.maxLength);
}
