import { listedValues, typesOf } from './build.js';
import type { Context } from './context.js';
import type { Flat } from './constraints.js';
import { extraNodes, flatten, keyOf, declaredKeys, propertyNodes } from './flatten.js';
import { canonical, type JsonType } from './json-types.js';
import { JSON_EDGES } from './json.js';
import { integerEdges, numberEdges, stringEdges } from './edge-leaves.js';
import { fail, type SchemaNode } from './nodes.js';
import { objectKeys } from './objects.js';
import { UngeneratableSchemaError } from './errors.js';

// Boundary lists grow with the sum (not the product) of their parts' lists; the cap keeps huge schemas usable.
const CAP = 256;

const unique = (values: unknown[]): unknown[] => {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(canonical(v)) && (seen.add(canonical(v)), true)).slice(0, CAP);
};

function arrayEdges(ctx: Context, flat: Flat, minimal: boolean, stack: Set<string>): unknown[][] {
  const min = flat.minItems ?? 0;
  const max = minimal ? min : Math.min(flat.maxItems ?? min + 2, min + 1000);
  if (max === 0) return [[]];
  const items = flat.items.length > 0 ? edgesOf(ctx, flat.items, minimal, stack) : [null];
  if (items.length === 0) return min === 0 ? [[]] : fail(flat.at, 'no item satisfies the items schema');
  const fill = (n: number, first?: unknown): unknown[] => Array.from({ length: n }, (_, i) => (i === 0 && first !== undefined ? first : items[i % items.length]));
  const out = [fill(min), fill(max)];
  const one = Math.max(min, 1);
  if (!minimal && one <= max) for (const item of items.slice(1)) out.push(fill(one, item));
  return out;
}

function objectEdges(ctx: Context, flat: Flat, minimal: boolean, stack: Set<string>): Record<string, unknown>[] {
  const required = new Set(flat.required);
  const keys = objectKeys(flat).filter((k) => !minimal || required.has(k));
  const edges = new Map(keys.map((k) => {
    const nodes = propertyNodes(flat, k);
    return [k, nodes.length > 0 ? edgesOf(ctx, nodes, minimal, stack) : [null]] as const;
  }));
  const build = (present: readonly string[], key?: string, value?: unknown): Record<string, unknown> =>
    Object.fromEntries(present.map((k) => [k, k === key ? value : edges.get(k)![0]]));
  const all = keys;
  const out = [build(keys.filter((k) => required.has(k))), build(all)];
  if (minimal) return out;
  for (const k of keys) for (const v of edges.get(k)!.slice(1)) out.push(build(all, k, v));
  const extras = extraNodes(flat);
  if (extras) {
    const [extra] = edgesOf(ctx, extras, minimal, stack);
    let name = 'extraKey';
    for (let i = 2; declaredKeys(flat).has(name); i++) name = `extraKey${i}`;
    if (extra !== undefined) out.push({ ...build(all), [name]: extra });
  }
  return out;
}

function typeEdges(ctx: Context, flat: Flat, type: JsonType, minimal: boolean, stack: Set<string>): unknown[] {
  switch (type) {
    case 'null':
      return [null];
    case 'boolean':
      return [false, true];
    case 'integer':
      return integerEdges(flat);
    case 'number':
      return numberEdges(flat);
    case 'string':
      return stringEdges(ctx, flat);
    case 'array':
      return arrayEdges(ctx, flat, minimal, stack);
    case 'object':
      return objectEdges(ctx, flat, minimal, stack);
  }
}

function flatEdges(ctx: Context, flat: Flat, minimal: boolean, stack: Set<string>): unknown[] {
  const listed = listedValues(flat);
  if (listed !== undefined) return listed;
  const types = typesOf(flat);
  if (types === undefined) return [...JSON_EDGES];
  return types.flatMap((t) => typeEdges(ctx, flat, t, minimal, stack));
}

/** Edge instances of a node list: each alternative's, with recursion cut off as the arbitraries cut it. */
export function edgesOf(ctx: Context, nodes: readonly SchemaNode[], minimal = false, stack = new Set<string>()): unknown[] {
  const key = `edges:${minimal ? 'minimal:' : ''}${keyOf(nodes)}`;
  const cached = ctx.memo.get(key) as unknown[] | undefined;
  if (cached) return cached;
  if (stack.has(key)) {
    if (!minimal) return edgesOf(ctx, nodes, true, stack);
    return fail(nodes[0]!, 'the schema recurses through required properties: no finite instance');
  }
  stack.add(key);
  try {
    const flats = flatten(nodes);
    let values: unknown[] = [];
    if (!minimal) values = flats.flatMap((f) => flatEdges(ctx, f, false, stack));
    else {
      for (const f of flats) {
        try {
          values = flatEdges(ctx, f, true, stack);
          break;
        } catch (e) {
          if (!(e instanceof UngeneratableSchemaError)) throw e;
        }
      }
    }
    const result = unique(values);
    ctx.memo.set(key, result);
    return result;
  } finally {
    stack.delete(key);
  }
}
