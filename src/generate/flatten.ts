import { anyFlat, mergeFlats, ownFlat, type Flat, type UnionTag } from './constraints.js';
import { checkKeywords } from './keywords.js';
import { childNode, fail, resolveRef, type SchemaNode } from './nodes.js';

// Flats depend on the schemas only (not on generation options): one cache for the process.
const cache = new Map<string, readonly Flat[]>();
const inProgress = new Set<string>();

export const keyOf = (nodes: readonly SchemaNode[]): string => nodes.map((n) => n.key).join('&');

function cross(left: readonly Flat[], right: readonly Flat[]): Flat[] {
  const out: Flat[] = [];
  for (const a of left) {
    for (const b of right) {
      const merged = mergeFlats(a, b);
      if (merged) out.push(merged);
    }
  }
  return out;
}

function discriminatorProperty(node: SchemaNode): string | undefined {
  const d = (node.schema as Record<string, unknown>)['discriminator'];
  if (d === undefined) return undefined;
  const name = (d as { propertyName?: unknown } | null)?.propertyName;
  if (typeof name !== 'string') return fail(node, 'discriminator without a propertyName');
  return name;
}

function flattenNode(node: SchemaNode, unions: boolean): readonly Flat[] {
  const key = `${unions ? '' : 'base:'}${node.key}`;
  const cached = cache.get(key);
  if (cached) return cached;
  if (node.schema === false) return [];
  if (node.schema === true) return [anyFlat(node)];
  // A $ref or allOf cycle that never descends into an instance has no finite meaning.
  if (inProgress.has(key)) return fail(node, 'the schema refers to itself without descending into the instance');
  inProgress.add(key);
  try {
    checkKeywords(node);
    const s = node.schema;
    const own = ownFlat(node);
    let alternatives: readonly Flat[] = [own];
    if (typeof s['$ref'] === 'string') alternatives = cross(alternatives, flattenNode(resolveRef(node, s['$ref']), unions));
    for (const [i] of ((s['allOf'] ?? []) as unknown[]).entries()) alternatives = cross(alternatives, flattenNode(childNode(node, 'allOf', i), unions));
    for (const keyword of unions ? (['oneOf', 'anyOf'] as const) : []) {
      const branches = s[keyword] as unknown[] | undefined;
      if (branches === undefined) continue;
      const union: UnionTag = { id: `${node.key}/${keyword}`, keyword, types: own.types, discriminator: keyword === 'oneOf' ? discriminatorProperty(node) : undefined };
      const flats = branches.flatMap((_, i) =>
        flattenNode(childNode(node, keyword, i), true).map((f): Flat => ({ ...f, unions: [union, ...f.unions] })),
      );
      alternatives = cross(alternatives, flats);
    }
    cache.set(key, alternatives);
    return alternatives;
  } finally {
    inProgress.delete(key);
  }
}

function flattenList(nodes: readonly SchemaNode[], unions: boolean): readonly Flat[] {
  const key = `${unions ? '' : 'base:'}${keyOf(nodes)}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const [first, ...rest] = nodes;
  if (first === undefined) throw new Error('flatten: no schema given');
  let alternatives = flattenNode(first, unions);
  for (const node of rest) alternatives = cross(alternatives, flattenNode(node, unions));
  cache.set(key, alternatives);
  return alternatives;
}

// Walking values asks for the same (memoized) node lists again and again: skip building their string key.
const byList = new WeakMap<readonly SchemaNode[], readonly Flat[]>();

/** The alternatives of a non-empty list of schemas that all apply to one instance ([] when nothing satisfies them all). */
export function flatten(nodes: readonly SchemaNode[]): readonly Flat[] {
  let flats = byList.get(nodes);
  if (!flats) byList.set(nodes, (flats = flattenList(nodes, true)));
  return flats;
}

/**
 * The constraints of a node list outside its unions (the keywords beside a oneOf, and those of its $refs and
 * allOfs): ajv checks them whichever branch a value takes. Undefined when they contradict each other.
 */
export function baseFlat(nodes: readonly SchemaNode[]): Flat | undefined {
  let flats = baseByList.get(nodes);
  if (!flats) baseByList.set(nodes, (flats = flattenList(nodes, false)));
  return flats[0];
}

const baseByList = new WeakMap<readonly SchemaNode[], readonly Flat[]>();

const propertyLists = new WeakMap<Flat, Map<string, readonly SchemaNode[]>>();

/**
 * The schemas a property's value must match: its declarations, and the additionalProperties of contributors
 * that do not declare it. The same list object each time (so that flatten() finds it by identity).
 */
export function propertyNodes(flat: Flat, key: string): readonly SchemaNode[] {
  let lists = propertyLists.get(flat);
  if (!lists) propertyLists.set(flat, (lists = new Map()));
  let nodes = lists.get(key);
  if (!nodes) {
    const list = [...(flat.properties.get(key) ?? [])];
    for (const c of flat.closures) if (!c.declared.has(key) && c.extra !== false) list.push(c.extra);
    lists.set(key, (nodes = list));
  }
  return nodes;
}

/** Whether a key may appear at all: every `additionalProperties: false` contributor declares it. */
export const allowsKey = (flat: Flat, key: string): boolean => flat.closures.every((c) => c.extra !== false || c.declared.has(key));

export const isClosed = (flat: Flat): boolean => flat.closures.some((c) => c.extra === false);

/**
 * The schemas for undeclared extra keys, or undefined when valid values carry none: a closed object, or one whose
 * additionalProperties is true or absent (the generator never invents keys there).
 */
export function extraNodes(flat: Flat): SchemaNode[] | undefined {
  if (isClosed(flat) || flat.closures.length === 0) return undefined;
  return flat.closures.map((c) => c.extra as SchemaNode);
}

const declared = new WeakMap<Flat, ReadonlySet<string>>();

/** Every key that some contributor declares (extras must avoid them). */
export function declaredKeys(flat: Flat): ReadonlySet<string> {
  let keys = declared.get(flat);
  if (!keys) declared.set(flat, (keys = new Set([...flat.properties.keys(), ...flat.closures.flatMap((c) => [...c.declared])])));
  return keys;
}
