import { outsideOf, typesOutside, valueBreaks, wrongType, type Break } from './breaks.js';
import { discriminatorOf, selectedBy, type Discriminator } from './discriminator.js';
import type { Flat, UnionTag } from './constraints.js';
import { allowsKey, baseFlat, declaredKeys, flatten, isClosed, propertyNodes } from './flatten.js';
import { isPlainObject } from './json-types.js';
import type { Site } from './mutation.js';
import type { SchemaNode } from './nodes.js';
import type { Segment } from './pointer.js';

const ALL = -1;
const COUNT = -2;

/**
 * One walk of a value against its schema: it numbers the sites it meets in a fixed order, and builds all of
 * them (ALL), none (COUNT: the number is what counts) or only the one with a given number, then stops. Counting
 * and building one costs no allocation per site but that one's, and the path is a stack until a site needs it.
 */
class Walk {
  readonly stack: Segment[] = [];
  readonly sites: Site[] = [];
  seen = 0;
  constructor(private readonly target: number) {}

  /** Numbers the next site; true when it is one to build. */
  next(): boolean {
    const i = this.seen++;
    return this.target === ALL || i === this.target;
  }

  /** The site wanted has been built: nothing further to walk. */
  get done(): boolean {
    return this.target >= 0 && this.seen > this.target;
  }

  here(): Segment[] {
    return [...this.stack];
  }
}

function unknownKey(flats: readonly Flat[], value: Record<string, unknown>): string {
  const taken = (k: string): boolean => k in value || flats.some((f) => declaredKeys(f).has(k));
  let name = 'unexpectedProperty';
  for (let i = 2; taken(name); i++) name = `unexpectedProperty${i}`;
  return name;
}

function addUnknown(flats: readonly Flat[], value: Record<string, unknown>, path: readonly Segment[]): Site {
  return {
    path,
    keyword: 'additionalProperties',
    reported: path,
    make: () => {
      const name = unknownKey(flats, value);
      return { value: { ...value, [name]: 'unexpected' }, description: `unknown property "${name}" added` };
    },
  };
}

function breakAt(w: Walk, b: Break, value: unknown): void {
  const path = w.here();
  w.sites.push({ path, keyword: b.keyword, reported: path, make: (pick) => b.make(value, pick) });
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
function objectSites(w: Walk, flat: Flat, value: Record<string, unknown>, keep?: Keep): void {
  for (const k of flat.required) {
    if (k === keep?.key || !(k in value) || !w.next()) continue;
    const path = w.here();
    w.sites.push({
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
  if (isClosed(flat) && w.next()) w.sites.push(addUnknown([flat], value, w.here()));
  for (const k in value) {
    if (w.done) return;
    if (k === keep?.key && keep.value) continue;
    w.stack.push(k);
    walk(w, propertyNodes(flat, k), value[k]);
    w.stack.pop();
  }
}

function flatSites(w: Walk, flat: Flat, value: unknown): void {
  for (const b of valueBreaks(flat, value)) if ((!b.applies || b.applies(value)) && w.next()) breakAt(w, b, value);
  if (flat.values !== undefined) return;
  if (Array.isArray(value)) {
    if (flat.items.length === 0) return;
    for (let i = 0; i < value.length && !w.done; i++) {
      w.stack.push(i);
      walk(w, flat.items, value[i]);
      w.stack.pop();
    }
  } else if (isPlainObject(value)) objectSites(w, flat, value);
}

/** The union all alternatives were picked from (at this node), if it is one union. */
function sharedUnion(flats: readonly Flat[]): UnionTag | undefined {
  const tag = flats[0]?.unions[0];
  return tag && flats.every((f) => f.unions[0]?.id === tag.id) ? tag : undefined;
}

/** What a union's sites depend on that the schema alone decides: worked out once per union. */
interface UnionPlan {
  readonly flats: readonly Flat[];
  readonly discriminator: Discriminator | undefined;
  /** ajv's discriminator selects the branch (it reports a bad value at the union node). */
  readonly viaDiscriminator: boolean;
  /** The keywords beside the union (ajv checks those whichever branch matches). */
  readonly base: Flat | undefined;
  /** A type no alternative admits (with ajv's discriminator: the union node's own type). */
  readonly wrongType: Break | undefined;
  /** A value none of the alternatives lists, when every one lists its values. */
  readonly noneListed: Break | undefined;
  readonly allClosed: boolean;
  /** For each key of a value: the one alternative that allows it, if only one does. */
  readonly onlyAllowing: Map<string, Flat | null>;
}

const plans = new WeakMap<readonly Flat[], UnionPlan>();

function planOf(nodes: readonly SchemaNode[], flats: readonly Flat[]): UnionPlan {
  let plan = plans.get(flats);
  if (plan) return plan;
  const tag = sharedUnion(flats);
  const d = discriminatorOf(flats);
  const viaDiscriminator = tag?.discriminator !== undefined && tag.discriminator === d?.property;
  // With ajv's discriminator, a non-object skips the branches: only the union node's own type is checked.
  const typeLists = viaDiscriminator ? (tag.types ? [tag.types] : []) : flats.every((f) => f.types) ? flats.map((f) => f.types!) : [];
  const all = flats.every((f) => f.values !== undefined) ? flats.flatMap((f) => f.values!) : undefined;
  const keyword = flats[0]!.valueKeyword!;
  plan = {
    flats,
    discriminator: d,
    viaDiscriminator,
    base: baseFlat(nodes),
    wrongType: typeLists.length > 0 ? wrongType(typeLists[0]!, typesOutside(typeLists)) : undefined,
    noneListed: all && {
      keyword,
      make: () => ({ value: outsideOf(all), description: `${JSON.stringify(outsideOf(all))} is none of the alternatives' values` }),
    },
    allClosed: flats.every(isClosed),
    onlyAllowing: new Map(),
  };
  plans.set(flats, plan);
  return plan;
}

function onlyAllowing(plan: UnionPlan, key: string): Flat | undefined {
  let flat = plan.onlyAllowing.get(key);
  if (flat === undefined) {
    const allowing = plan.flats.filter((f) => allowsKey(f, key));
    plan.onlyAllowing.set(key, (flat = allowing.length === 1 ? allowing[0]! : null));
  }
  return flat ?? undefined;
}

/**
 * The alternative a value certainly belongs to, and the key that says so: a discriminator's value, or a key
 * that one alternative allows and every other (closed) one rejects, so that they fail whatever else changes.
 */
function selection(plan: UnionPlan, value: unknown): { flat: Flat; keep: Keep } | undefined {
  if (!isPlainObject(value)) return undefined;
  const d = plan.discriminator;
  if (d) {
    const flat = d.property in value ? plan.flats[selectedBy(d, value)] : undefined;
    return flat && { flat, keep: { key: d.property, value: true } };
  }
  for (const key in value) {
    const flat = onlyAllowing(plan, key);
    if (flat) return { flat, keep: { key, value: false } };
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
function unionSites(w: Walk, nodes: readonly SchemaNode[], flats: readonly Flat[], value: unknown): void {
  const plan = planOf(nodes, flats);
  const selected = selection(plan, value);
  const base = selected ? undefined : plan.base;
  if (base) flatSites(w, base, value);
  if (!base?.types && plan.wrongType && w.next()) breakAt(w, plan.wrongType, value);
  if (!base?.values && plan.noneListed && w.next()) breakAt(w, plan.noneListed, value);
  if (!isPlainObject(value) || w.done) return;
  if (!selected) {
    if (plan.allClosed && !(base && isClosed(base)) && w.next()) w.sites.push(addUnknown(flats, value, w.here()));
    return;
  }
  const d = plan.discriminator;
  if (d && w.next()) {
    const path = [...w.stack, d.property];
    w.sites.push({
      path,
      // ajv's discriminator reports at the union node; without it, every branch's const fails at the property.
      keyword: plan.viaDiscriminator ? 'discriminator' : d.keyword,
      reported: plan.viaDiscriminator ? w.here() : path,
      make: () => {
        const outside = outsideOf(d.listed);
        return { value: outside, description: `discriminator "${d.property}" set to ${JSON.stringify(outside)}, which no alternative has` };
      },
    });
  }
  objectSites(w, selected.flat, value, selected.keep);
}

/** Walks the sites where `value` (valid against every node) can be made invalid. */
function walk(w: Walk, nodes: readonly SchemaNode[], value: unknown): void {
  if (nodes.length === 0 || w.done) return;
  const flats = flatten(nodes);
  if (flats.length === 1) flatSites(w, flats[0]!, value);
  else if (flats.length > 1) unionSites(w, nodes, flats, value);
}

/** Every site of `value` (valid against every node of the list), in walk order. */
export function sitesOf(nodes: readonly SchemaNode[], value: unknown): Site[] {
  const w = new Walk(ALL);
  walk(w, nodes, value);
  return w.sites;
}

/**
 * The site of `value` that `pick` (in [0, 1)) falls on among all of them in walk order (as `sitesOf` lists
 * them), or undefined if it has none: one walk counts them, a second stops at the one picked and builds only it.
 */
export function siteAt(nodes: readonly SchemaNode[], value: unknown, pick: number): Site | undefined {
  const counted = new Walk(COUNT);
  walk(counted, nodes, value);
  if (counted.seen === 0) return undefined;
  const w = new Walk(Math.min(counted.seen - 1, Math.floor(pick * counted.seen)));
  walk(w, nodes, value);
  return w.sites[0];
}
