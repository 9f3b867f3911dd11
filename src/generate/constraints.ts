/** The constraints of one alternative of a schema (a Flat): those a node states itself, and two merged into one (allOf). */
import type { JsonSchema } from '../schema/registry.js';
import { canonical, intersectTypes, isJsonType, type JsonType } from './json-types.js';
import { childNode, fail, type SchemaNode } from './nodes.js';

/** What one contributor's `additionalProperties` says about keys it does not declare. */
interface Closure {
  readonly declared: ReadonlySet<string>;
  /** false: no other key; a schema: other keys must match it. (`true` and absent say nothing.) */
  readonly extra: SchemaNode | false;
}

/** A oneOf or anyOf that an alternative was picked from. */
export interface UnionTag {
  /** The union's node key and keyword: the same union, wherever it is met. */
  readonly id: string;
  readonly keyword: 'oneOf' | 'anyOf';
  /** The propertyName of a `discriminator` beside the oneOf: ajv then validates only the branch the value names. */
  readonly discriminator?: string;
  /** The `type` of the node that holds the union (with a discriminator, ajv checks only that one on a non-object). */
  readonly types?: readonly JsonType[];
}

/**
 * One alternative of a schema with `$ref`, `allOf`, `oneOf` and `anyOf` merged away: plain constraints on one
 * instance. Children (properties, items) stay as lists of schema nodes, all of which apply, and are flattened
 * only when generation reaches them, so recursive schemas stay finite here.
 */
export interface Flat {
  /** The first contributing node: where errors point. */
  readonly at: SchemaNode;
  readonly types?: readonly JsonType[];
  readonly values?: readonly unknown[];
  /** The keyword that fires when a value is outside `values`. */
  readonly valueKeyword?: 'const' | 'enum';
  readonly properties: ReadonlyMap<string, readonly SchemaNode[]>;
  readonly required: readonly string[];
  readonly closures: readonly Closure[];
  readonly items: readonly SchemaNode[];
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly pattern?: string;
  readonly format?: string;
  readonly generate?: string;
  /** The unions this alternative was picked from, outermost first. */
  readonly unions: readonly UnionTag[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export const anyFlat = (at: SchemaNode): Flat => ({ at, properties: new Map(), required: [], closures: [], items: [], unions: [] });

function numberOf(node: SchemaNode, schema: JsonSchema, keyword: string): number | undefined {
  const v = schema[keyword];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) return fail(node, `"${keyword}" is not a number`);
  return v;
}

/** The constraints a node states itself (not those of its $ref, allOf, oneOf, anyOf). */
export function ownFlat(node: SchemaNode): Flat {
  const flat: Mutable<Flat> = anyFlat(node);
  const s = node.schema;
  if (typeof s === 'boolean') return flat;
  if (s['type'] !== undefined) {
    const types = Array.isArray(s['type']) ? (s['type'] as unknown[]) : [s['type']];
    if (!types.every(isJsonType)) fail(node, `"type" ${JSON.stringify(s['type'])} is not a JSON Schema type`);
    flat.types = types as JsonType[];
  }
  if (s['enum'] !== undefined) {
    if (!Array.isArray(s['enum'])) fail(node, '"enum" is not an array');
    flat.values = s['enum'] as unknown[];
    flat.valueKeyword = 'enum';
  }
  if ('const' in s) {
    const c = canonical(s['const']);
    flat.values = (flat.values ?? [s['const']]).filter((v) => canonical(v) === c);
    flat.valueKeyword = 'const';
  }
  const properties = (s['properties'] ?? {}) as Record<string, unknown>;
  const declared = new Set(Object.keys(properties));
  flat.properties = new Map([...declared].map((k) => [k, [childNode(node, 'properties', k)]]));
  if (s['required'] !== undefined) flat.required = [...new Set(s['required'] as string[])];
  const additional = s['additionalProperties'];
  if (additional === false) flat.closures = [{ declared, extra: false }];
  else if (additional !== undefined && additional !== true) flat.closures = [{ declared, extra: childNode(node, 'additionalProperties') }];
  if (s['items'] !== undefined) flat.items = [childNode(node, 'items')];
  for (const k of ['minItems', 'maxItems', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'] as const) {
    const n = numberOf(node, s, k);
    if (n !== undefined) flat[k] = n;
  }
  if (typeof s['pattern'] === 'string') flat.pattern = s['pattern'];
  if (typeof s['format'] === 'string') flat.format = s['format'];
  if (typeof s['x-generate'] === 'string') flat.generate = s['x-generate'];
  return flat;
}

const max = (a?: number, b?: number): number | undefined => (a === undefined ? b : b === undefined ? a : Math.max(a, b));
const min = (a?: number, b?: number): number | undefined => (a === undefined ? b : b === undefined ? a : Math.min(a, b));

function same<T>(at: SchemaNode, what: string, a: T | undefined, b: T | undefined): T | undefined {
  if (a !== undefined && b !== undefined && a !== b) return fail(at, `two different ${what}s apply at once (${String(a)}, ${String(b)})`);
  return a ?? b;
}

/** Both alternatives at once (allOf), or undefined when no value can satisfy both. */
export function mergeFlats(a: Flat, b: Flat): Flat | undefined {
  const properties = new Map(a.properties);
  for (const [k, nodes] of b.properties) properties.set(k, [...(properties.get(k) ?? []), ...nodes]);
  let values = a.values;
  if (b.values !== undefined) {
    const keep = new Set(b.values.map(canonical));
    values = values === undefined ? b.values : values.filter((v) => keep.has(canonical(v)));
  }
  const merged: Flat = {
    at: a.at,
    types: intersectTypes(a.types, b.types),
    values,
    valueKeyword: a.valueKeyword ?? b.valueKeyword,
    properties,
    required: [...new Set([...a.required, ...b.required])],
    closures: [...a.closures, ...b.closures],
    items: [...a.items, ...b.items],
    minItems: max(a.minItems, b.minItems),
    maxItems: min(a.maxItems, b.maxItems),
    minLength: max(a.minLength, b.minLength),
    maxLength: min(a.maxLength, b.maxLength),
    minimum: max(a.minimum, b.minimum),
    maximum: min(a.maximum, b.maximum),
    exclusiveMinimum: max(a.exclusiveMinimum, b.exclusiveMinimum),
    exclusiveMaximum: min(a.exclusiveMaximum, b.exclusiveMaximum),
    pattern: same(a.at, 'pattern', a.pattern, b.pattern),
    format: same(a.at, 'format', a.format, b.format),
    generate: same(a.at, 'x-generate', a.generate, b.generate),
    unions: [...a.unions, ...b.unions],
  };
  return satisfiable(merged) ? merged : undefined;
}

/** Cheap contradictions only; deeper ones (in properties) surface when those are generated. */
function satisfiable(f: Flat): boolean {
  if (f.types !== undefined && f.types.length === 0) return false;
  if (f.values !== undefined && f.values.length === 0) return false;
  if ((f.minItems ?? 0) > (f.maxItems ?? Infinity)) return false;
  if ((f.minLength ?? 0) > (f.maxLength ?? Infinity)) return false;
  const low = Math.max(f.minimum ?? -Infinity, f.exclusiveMinimum ?? -Infinity);
  const high = Math.min(f.maximum ?? Infinity, f.exclusiveMaximum ?? Infinity);
  if (low > high || (low === high && (f.exclusiveMinimum === low || f.exclusiveMaximum === high))) return false;
  return true;
}
