import fc from 'fast-check';
import { arrayArbitrary } from './arrays.js';
import type { Context } from './context.js';
import type { Flat } from './constraints.js';
import { flatten } from './flatten.js';
import { admits, typeOf, type JsonType } from './json-types.js';
import { anyJson } from './json.js';
import { fail, pathOf, type SchemaNode } from './nodes.js';
import { integerArbitrary, numberArbitrary } from './numbers.js';
import { objectArbitrary } from './objects.js';
import { stringArbitrary } from './strings.js';
import { UngeneratableSchemaError } from './errors.js';

/**
 * The types a flat generates: its `type`, else the types its other keywords constrain (a schema with
 * `properties` and no `type` generates objects), else undefined: any JSON value.
 */
export function typesOf(flat: Flat): readonly JsonType[] | undefined {
  if (flat.types) return flat.types.includes('number') ? flat.types.filter((t) => t !== 'integer') : flat.types;
  const inferred: JsonType[] = [];
  if (flat.properties.size > 0 || flat.required.length > 0 || flat.closures.length > 0) inferred.push('object');
  if (flat.items.length > 0 || flat.minItems !== undefined || flat.maxItems !== undefined) inferred.push('array');
  if ([flat.minLength, flat.maxLength, flat.pattern, flat.format, flat.generate].some((k) => k !== undefined)) inferred.push('string');
  if ([flat.minimum, flat.maximum, flat.exclusiveMinimum, flat.exclusiveMaximum].some((k) => k !== undefined)) inferred.push('number');
  return inferred.length > 0 ? inferred : undefined;
}

/** The values of an enum/const that the flat's types admit (an enum may list more than its type allows). */
export function listedValues(flat: Flat): unknown[] | undefined {
  return flat.values?.filter((v) => admits(flat.types, typeOf(v)));
}

function typeArbitrary(ctx: Context, flat: Flat, type: JsonType, minimal: boolean): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return integerArbitrary(flat);
    case 'number':
      return numberArbitrary(flat);
    case 'string':
      return stringArbitrary(ctx, flat);
    case 'array':
      return arrayArbitrary(ctx, flat, minimal);
    case 'object':
      return objectArbitrary(ctx, flat, minimal);
  }
}

/** Values valid against one flat. */
function flatArbitrary(ctx: Context, flat: Flat, minimal: boolean): fc.Arbitrary<unknown> {
  const listed = listedValues(flat);
  if (listed !== undefined) {
    if (listed.length === 0) return fail(flat.at, 'no enum/const value has an allowed type');
    return fc.constantFrom(...listed);
  }
  const types = typesOf(flat);
  if (types === undefined) return anyJson;
  const arbs = types.map((t) => typeArbitrary(ctx, flat, t, minimal));
  return arbs.length === 1 ? arbs[0]! : fc.oneof(...arbs);
}

/**
 * Values valid against every node of a list. A union generates from one alternative at a time (the schemas'
 * branches are mutually exclusive by construction, so a value of one branch matches no other).
 */
export function buildNodes(ctx: Context, nodes: readonly SchemaNode[], minimal: boolean): fc.Arbitrary<unknown> {
  const flats = flatten(nodes);
  if (flats.length === 0) return fail(nodes[0]!, 'no value satisfies the schema');
  if (minimal) {
    // Recursion cut-off: the first alternative that has a finite minimal instance.
    const errors: string[] = [];
    for (const flat of flats) {
      try {
        return flatArbitrary(ctx, flat, true);
      } catch (e) {
        if (!(e instanceof UngeneratableSchemaError)) throw e;
        errors.push(e.message);
      }
    }
    throw new UngeneratableSchemaError(pathOf(nodes[0]!), `no alternative has a finite instance (${errors.join('; ')})`);
  }
  const arbs = flats.map((f) => flatArbitrary(ctx, f, false));
  return arbs.length === 1 ? arbs[0]! : fc.oneof(...arbs);
}
