/** JSON Pointer (RFC 6901) helpers: schema pointers and the instancePath that ajv reports. */

export type Segment = string | number;

export const escapeToken = (token: Segment): string => String(token).replaceAll('~', '~0').replaceAll('/', '~1');

export const unescapeToken = (token: string): string => token.replaceAll('~1', '/').replaceAll('~0', '~');

/** A path as a list linked from the leaf up: extending one costs one small object (a value has many sites). */
export type Trail = { readonly up: Trail; readonly segment: Segment } | null;

export const down = (up: Trail, segment: Segment): Trail => ({ up, segment });

export function segmentsOf(trail: Trail): Segment[] {
  const out: Segment[] = [];
  for (let t = trail; t; t = t.up) out.push(t.segment);
  return out.reverse();
}

/** The JSON Pointer of a path, as ajv writes `instancePath` ("" for the root). */
export const pointerOf = (path: readonly Segment[]): string => path.map((s) => `/${escapeToken(s)}`).join('');

/**
 * A copy of `root` with the value at `path` replaced; only the containers along the path are copied, so
 * the original (a generated valid value, possibly shared with a shrinker) is never changed.
 */
export function replaceAt(root: unknown, path: readonly Segment[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(root)) {
    const copy = [...(root as unknown[])];
    copy[head as number] = replaceAt(copy[head as number], rest, value);
    return copy;
  }
  const copy = { ...(root as Record<string, unknown>) };
  Object.defineProperty(copy, head, {
    value: replaceAt(copy[head], rest, value),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}
