import fc from 'fast-check';
import type { Context } from './context.js';
import type { Flat } from './constraints.js';
import { allowsKey, declaredKeys, extraNodes, flatten, propertyNodes } from './flatten.js';
import { anyJson } from './json.js';
import { fail } from './nodes.js';

/** The keys a flat's objects may carry: declared ones and required ones, where every closed contributor allows them. */
export function objectKeys(flat: Flat): string[] {
  const keys = [...new Set([...flat.properties.keys(), ...flat.required])];
  for (const k of flat.required) if (!allowsKey(flat, k)) fail(flat.at, `required property "${k}" is not allowed by additionalProperties: false`);
  return keys.filter((k) => allowsKey(flat, k) && (propertyNodes(flat, k).length === 0 || flatten(propertyNodes(flat, k)).length > 0));
}

const keyArbitrary = (taken: ReadonlySet<string>): fc.Arbitrary<string> =>
  fc.stringMatching(/^[a-z][A-Za-z0-9]{0,11}$/).filter((k) => !taken.has(k));

/**
 * Objects with the required properties always and each optional one at random; extra keys (0 to 3) only where
 * additionalProperties is a schema: a valid value never carries a key the schema does not describe otherwise.
 */
export function objectArbitrary(ctx: Context, flat: Flat, minimal: boolean): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const required = new Set(flat.required);
  for (const k of objectKeys(flat)) {
    if (minimal && !required.has(k)) continue;
    const nodes = propertyNodes(flat, k);
    model[k] = nodes.length === 0 ? anyJson : ctx.arbitrary(nodes, minimal);
  }
  for (const k of required) if (!(k in model)) fail(flat.at, `no value satisfies required property "${k}"`);
  const record = fc.record(model, { requiredKeys: [...required], noNullPrototype: true });
  const extras = minimal ? undefined : extraNodes(flat);
  if (!extras) return record;
  const dictionary = fc.dictionary(keyArbitrary(declaredKeys(flat)), ctx.arbitrary(extras), { maxKeys: 3, noNullPrototype: true });
  return fc.tuple(record, dictionary).map(([declared, extra]) => ({ ...declared, ...extra }));
}
