/** JSON Pointer (RFC 6901) helpers: schema pointers and the instancePath that ajv reports. */

export type Segment = string | number;

export const escapeToken = (token: Segment): string => String(token).replaceAll('~', '~0').replaceAll('/', '~1');

export const unescapeToken = (token: string): string => token.replaceAll('~1', '/').replaceAll('~0', '~');

/** The JSON Pointer of a path, as ajv writes `instancePath` ("" for the root). */
export const pointerOf = (path: readonly Segment[]): string => path.map((s) => `/${escapeToken(s)}`).join('');

/**
 * A copy of `root` with the value at `path` replaced; only the containers along the path are copied, so
 * the original (a generated valid value, possibly shared with a shrinker) is never changed.
 */
export function replaceAt(root: unknown, path: readonly Segment[], value: unknown): unknown {
  if (path.length === 0) return value;
  const top = copyOf(root);
  let parent = top;
  for (let i = 0; i < path.length - 1; i++) {
    const segment = path[i]!;
    const child = copyOf(parent[segment as keyof typeof parent]);
    setOwn(parent, segment, child);
    parent = child;
  }
  setOwn(parent, path[path.length - 1]!, value);
  return top;
}

type Container = Record<string, unknown> | unknown[];

const copyOf = (node: unknown): Container => (Array.isArray(node) ? [...(node as unknown[])] : { ...(node as Record<string, unknown>) });

/** An own data property even for "__proto__", which plain assignment would take for the prototype. */
function setOwn(container: Container, segment: Segment, value: unknown): void {
  if (Array.isArray(container)) container[segment as number] = value;
  else Object.defineProperty(container, segment, { value, enumerable: true, writable: true, configurable: true });
}
