import { outsideOf, typesOutside, valueBreaks, wrongType, type Break } from './breaks.js';
import { discriminatorOf, selectedBy, type Discriminator } from './discriminator.js';
import type { Flat, UnionTag } from './constraints.js';
import { allowsKey, baseFlat, declaredKeys, flatten, isClosed, propertyNodes } from './flatten.js';
import { isPlainObject } from './json-types.js';
import type { Site } from './mutation.js';
import type { SchemaNode } from './nodes.js';
import { down, type Trail } from './pointer.js';

const at = (path: Trail, b: Break): Site => ({ path, keyword: b.keyword, reported: path, make: b.make });

function unknownKey(flats: readonly Flat[], value: Record<string, unknown>): string {
  const taken = (k: string): boolean => k in value || flats.some((f) => declaredKeys(f).has(k));
  let name = 'unexpectedProperty';
  for (let i = 2; taken(name); i++) name = `unexpectedProperty${i}`;
  return name;
}

function addUnknown(flats: readonly Flat[], value: Record<string, unknown>, path: Trail): Site {
  return at(path, {
    keyword: 'additionalProperties',
    make: () => {
      const name = unknownKey(flats, value);
      return { value: { ...value, [name]: 'unexpected' }, description: `unknown property "${name}" added` };
    },
  });
}

/**
 * A property a site must leave alone inside a union's alternative: the key that selects the alternative. A
 * discriminator's value selects too (`value: true`); a key that only this closed-set alternative allows
 * selects by being there, so its value may still break.
 */
interface Keep {
  readonly key: string;
  readonly value: boolean;
}

/** Sites inside an object: a required property dropped, an unknown one added, and each property's own sites. */
function objectSites(flat: Flat, value: Record<string, unknown>, path: Trail, out: Site[], keep?: Keep): void {
  for (const k of flat.required) {
    if (k === keep?.key || !(k in value)) continue;
    out.push({
      path,
      keyword: 'required',
      reported: path,
      detail: k,
      make: () => {
        const { [k]: _dropped, ...rest } = value;
        return { value: rest, description: `required property "${k}" removed` };
      },
    });
  }
  if (isClosed(flat)) out.push(addUnknown([flat], value, path));
  for (const k in value) {
    if (!(k === keep?.key && keep.value)) walk(propertyNodes(flat, k), value[k], down(path, k), out);
  }
}

function flatSites(flat: Flat, value: unknown, path: Trail, out: Site[]): void {
  for (const b of valueBreaks(flat, value)) out.push(at(path, b));
  if (flat.values !== undefined) return;
  if (Array.isArray(value)) {
    if (flat.items.length > 0) value.forEach((item, i) => walk(flat.items, item, down(path, i), out));
  } else if (isPlainObject(value)) objectSites(flat, value, path, out);
}

/** The union all alternatives were picked from (at this node), if it is one union. */
function sharedUnion(flats: readonly Flat[]): UnionTag | undefined {
  const tag = flats[0]?.unions[0];
  return tag && flats.every((f) => f.unions[0]?.id === tag.id) ? tag : undefined;
}

/**
 * The alternative a value certainly belongs to, and the key that says so: a discriminator's value, or a key
 * that one alternative allows and every other (closed) one rejects, so that they fail whatever else changes.
 */
function selection(flats: readonly Flat[], d: Discriminator | undefined, value: unknown): { flat: Flat; keep: Keep } | undefined {
  if (!isPlainObject(value)) return undefined;
  if (d) {
    const flat = d.property in value ? flats[selectedBy(d, value)] : undefined;
    return flat && { flat, keep: { key: d.property, value: true } };
  }
  for (const key in value) {
    const allowing = flats.filter((f) => allowsKey(f, key));
    if (allowing.length === 1) return { flat: allowing[0]!, keep: { key, value: false } };
  }
  return undefined;
}

/**
 * Sites of a union: only where the outcome is certain. Inside the alternative that the value certainly belongs
 * to (by its discriminator, or by a key only that alternative allows), everything but what selects it, and
 * the discriminator set outside every alternative. Otherwise: the keywords beside the union (ajv checks those
 * whichever branch matches), a type no alternative admits, a value none lists, an unknown property where
 * every alternative is closed.
 */
function unionSites(nodes: readonly SchemaNode[], flats: readonly Flat[], value: unknown, path: Trail, out: Site[]): void {
  const tag = sharedUnion(flats);
  const d = discriminatorOf(flats);
  const selected = selection(flats, d, value);
  const base = selected ? undefined : baseFlat(nodes);
  if (base) flatSites(base, value, path, out);
  const viaDiscriminator = tag?.discriminator !== undefined && tag.discriminator === d?.property;
  if (!base?.types) {
    // With ajv's discriminator, a non-object skips the branches: only the union node's own type is checked.
    const typeLists = viaDiscriminator ? (tag.types ? [tag.types] : []) : flats.every((f) => f.types) ? flats.map((f) => f.types!) : [];
    const b = typeLists.length > 0 ? wrongType(typeLists[0]!, typesOutside(typeLists)) : undefined;
    if (b) out.push(at(path, b));
  }
  if (!base?.values && flats.every((f) => f.values !== undefined)) {
    const all = flats.flatMap((f) => f.values!);
    const keyword = flats[0]!.valueKeyword!;
    out.push(at(path, { keyword, make: () => ({ value: outsideOf(all), description: `${JSON.stringify(outsideOf(all))} is none of the alternatives' values` }) }));
  }
  if (!isPlainObject(value)) return;
  if (!selected) {
    if (flats.every(isClosed) && !(base && isClosed(base))) out.push(addUnknown(flats, value, path));
    return;
  }
  if (d) {
    out.push({
      path: down(path, d.property),
      // ajv's discriminator reports at the union node; without it, every branch's const fails at the property.
      keyword: viaDiscriminator ? 'discriminator' : d.keyword,
      reported: viaDiscriminator ? path : down(path, d.property),
      make: () => {
        const outside = outsideOf(d.listed);
        return { value: outside, description: `discriminator "${d.property}" set to ${JSON.stringify(outside)}, which no alternative has` };
      },
    });
  }
  objectSites(selected.flat, value, path, out, selected.keep);
}

/** Collects the sites where `value` (valid against every node) can be made invalid. */
function walk(nodes: readonly SchemaNode[], value: unknown, path: Trail, out: Site[]): void {
  if (nodes.length === 0) return;
  const flats = flatten(nodes);
  if (flats.length === 1) flatSites(flats[0]!, value, path, out);
  else if (flats.length > 1) unionSites(nodes, flats, value, path, out);
}

export function sitesOf(node: SchemaNode, value: unknown): Site[] {
  const out: Site[] = [];
  walk([node], value, null, out);
  return out;
}
