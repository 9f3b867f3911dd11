import fc from 'fast-check';
import type { JsonSchema } from '../schema/registry.js';
import { edgesOf } from './edges.js';
import { contextFor } from './context-cache.js';
import type { Invalid } from './mutation.js';
import { fail, rootNode, type SchemaNode } from './nodes.js';
import type { GenerateOptions } from './options.js';
import { pointerOf, replaceAt } from './pointer.js';
import { siteAt, sitesOf } from './sites.js';

const SPAN = 2 ** 31;

/**
 * A uniform number in [0, 1), as an integer fast-check can shrink (towards 0: the first site, the first of
 * equivalent breaks). Not biased: a pick is a choice among equals, not a size.
 */
const pick = fc.noBias(fc.integer({ min: 0, max: SPAN - 1 }));

/** `value` broken at the site `site` falls on (both picks in [0, SPAN)), or undefined if it has none. */
function mutate(roots: readonly SchemaNode[], value: unknown, site: number, variant: number): Invalid | undefined {
  const chosen = siteAt(roots, value, site / SPAN);
  if (!chosen) return undefined;
  const made = chosen.make(variant / SPAN);
  return {
    value: replaceAt(value, chosen.path, made.value),
    mutation: { keyword: chosen.keyword, instancePath: pointerOf(chosen.reported), description: made.description },
  };
}

/**
 * Invalid values: a valid value with one constraint broken at a site the value has (a required property
 * dropped, a wrong type, a value outside an enum, a pattern missed, a bound crossed, an unknown property
 * where additionalProperties is false, a broken format), with the ajv keyword and instancePath that must fire.
 * One map over the valid arbitrary and two random picks (the site, the break among equivalent ones): no
 * arbitrary is built per value, and shrinking shrinks the valid value and the picks alike.
 */
export function invalidArbitraryOf(schemaOrId: string | JsonSchema, options?: GenerateOptions): fc.Arbitrary<Invalid> {
  const ctx = contextFor(options);
  const root = rootNode(schemaOrId);
  const key = `invalid:${root.key}`;
  const cached = ctx.memo.get(key) as fc.Arbitrary<Invalid> | undefined;
  if (cached) return cached;
  // One list object for every walk: the walks find what they cache by its identity.
  const roots = [root];
  if (!edgesOf(ctx, roots).some((v) => sitesOf(roots, v).length > 0)) fail(root, 'no constraint to break for certain (the schema accepts any value, or only unions without a discriminator)');
  const arb = fc
    .tuple(ctx.arbitrary(roots), pick, pick)
    .map(([value, site, variant]) => mutate(roots, value, site, variant))
    .filter((invalid): invalid is Invalid => invalid !== undefined);
  ctx.memo.set(key, arb);
  return arb;
}
