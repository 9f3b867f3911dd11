import { canonical, isPlainObject } from './json-types.js';
import type { Flat } from './constraints.js';
import { flatten, propertyNodes } from './flatten.js';

/** A property whose const (or enum) values tell a union's alternatives apart, as Alexa's request `type` does. */
export interface Discriminator {
  readonly property: string;
  /** For each alternative, its values of the property (canonical JSON). */
  readonly values: readonly ReadonlySet<string>[];
  /** Every alternative's values, as a list (to find one outside them all). */
  readonly listed: readonly unknown[];
  /** The keyword that fires, in every alternative, when the property holds none of the values. */
  readonly keyword: 'const' | 'enum';
}

const cache = new WeakMap<readonly Flat[], Discriminator | null>();

function find(alternatives: readonly Flat[]): Discriminator | null {
  const [first] = alternatives;
  if (!first || alternatives.length < 2) return null;
  // A declared discriminator first: it is the property ajv selects the branch by.
  const declared = first.unions[0]?.discriminator;
  const candidates = declared === undefined ? first.required : [declared, ...first.required.filter((p) => p !== declared)];
  for (const property of candidates) {
    if (!alternatives.every((f) => f.required.includes(property))) continue;
    const sets: Set<string>[] = [];
    const keywords = new Set<string>();
    for (const f of alternatives) {
      const nodes = propertyNodes(f, property);
      const flats = nodes.length === 0 ? [] : flatten(nodes);
      const [only] = flats;
      if (flats.length !== 1 || only?.values === undefined || only.valueKeyword === undefined) break;
      sets.push(new Set(only.values.map(canonical)));
      keywords.add(only.valueKeyword);
    }
    if (sets.length !== alternatives.length || keywords.size !== 1) continue;
    const seen = new Set<string>();
    const disjoint = sets.every((set) => [...set].every((v) => !seen.has(v) && (seen.add(v), true)));
    const listed = sets.flatMap((set) => [...set].map((v) => JSON.parse(v) as unknown));
    if (disjoint) return { property, values: sets, listed, keyword: [...keywords][0] as 'const' | 'enum' };
  }
  return null;
}

/** The discriminator of a union's alternatives, if they have one (cached per alternatives list). */
export function discriminatorOf(alternatives: readonly Flat[]): Discriminator | undefined {
  let d = cache.get(alternatives);
  if (d === undefined) cache.set(alternatives, (d = find(alternatives)));
  return d ?? undefined;
}

/** The index of the alternative a value belongs to, by its discriminator, or -1. */
export function selectedBy(d: Discriminator, value: unknown): number {
  if (!isPlainObject(value) || !(d.property in value)) return -1;
  const v = canonical(value[d.property]);
  return d.values.findIndex((set) => set.has(v));
}
