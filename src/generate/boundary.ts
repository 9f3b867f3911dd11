import type { JsonSchema } from '../schema/registry.js';
import { edgesOf } from './edges.js';
import { contextFor } from './context-cache.js';
import type { Invalid } from './mutation.js';
import { rootNode } from './nodes.js';
import type { GenerateOptions } from './options.js';
import { pointerOf, replaceAt } from './pointer.js';
import { sitesOf } from './sites.js';

/**
 * Deterministic edge instances: each enum value, each union alternative, the shortest and longest strings and
 * arrays, the bounds of numbers, optional properties all absent and all present.
 */
export function boundaryValues(schemaOrId: string | JsonSchema, options?: GenerateOptions): unknown[] {
  return [...edgesOf(contextFor(options), [rootNode(schemaOrId)])];
}

/** Deterministic invalid edges: one per mutation site that some boundary value has. */
export function boundaryInvalid(schemaOrId: string | JsonSchema, options?: GenerateOptions): Invalid[] {
  const ctx = contextFor(options);
  const root = rootNode(schemaOrId);
  const key = `boundary-invalid:${root.key}`;
  let out = ctx.memo.get(key) as Invalid[] | undefined;
  if (!out) {
    out = [];
    const seen = new Set<string>();
    const roots = [root];
    for (const value of edgesOf(ctx, [root])) {
      for (const site of sitesOf(roots, value)) {
        const instancePath = pointerOf(site.reported);
        // A site is its keyword and place (and, for a dropped required property, which one).
        const id = `${site.keyword} ${instancePath} ${site.detail ?? ''}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const made = site.make(0);
        out.push({ value: replaceAt(value, site.path, made.value), mutation: { keyword: site.keyword, instancePath, description: made.description } });
      }
    }
    ctx.memo.set(key, out);
  }
  return out.map((i) => ({ value: i.value, mutation: { ...i.mutation } }));
}
