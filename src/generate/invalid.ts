import fc from 'fast-check';
import type { JsonSchema } from '../schema/registry.js';
import { edgesOf } from './edges.js';
import { contextFor } from './context-cache.js';
import type { Invalid } from './mutation.js';
import { fail, rootNode } from './nodes.js';
import type { GenerateOptions } from './options.js';
import { pointerOf, replaceAt, segmentsOf } from './pointer.js';
import { sitesOf } from './sites.js';

/**
 * Invalid values: a valid value with one constraint broken at a site the value has (a required property
 * dropped, a wrong type, a value outside an enum, a pattern missed, a bound crossed, an unknown property
 * where additionalProperties is false, a broken format), with the ajv keyword and instancePath that must fire.
 */
export function invalidArbitraryOf(schemaOrId: string | JsonSchema, options?: GenerateOptions): fc.Arbitrary<Invalid> {
  const ctx = contextFor(options);
  const root = rootNode(schemaOrId);
  const key = `invalid:${root.key}`;
  const cached = ctx.memo.get(key) as fc.Arbitrary<Invalid> | undefined;
  if (cached) return cached;
  if (!edgesOf(ctx, [root]).some((v) => sitesOf(root, v).length > 0)) fail(root, 'no constraint to break for certain (the schema accepts any value, or only unions without a discriminator)');
  const arb = ctx
    .arbitrary([root])
    .map((value) => ({ value, sites: sitesOf(root, value) }))
    .filter(({ sites }) => sites.length > 0)
    .chain(({ value, sites }) =>
      fc.noBias(fc.integer({ min: 0, max: sites.length - 1 })).chain((i) => {
        const site = sites[i]!;
        const instancePath = pointerOf(segmentsOf(site.reported));
        return site
          .make()
          .map((made): Invalid => ({ value: replaceAt(value, segmentsOf(site.path), made.value), mutation: { keyword: site.keyword, instancePath, description: made.description } }));
      }),
    );
  ctx.memo.set(key, arb);
  return arb;
}
