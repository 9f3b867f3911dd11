import type fc from 'fast-check';
import type { Context } from './context.js';
import { ALEXA_LOCALES, domainArbitrary, isDomainName } from './domain.js';
import { buildNodes } from './build.js';
import { keyOf } from './flatten.js';
import { fail, type SchemaNode } from './nodes.js';
import { DEFAULT_NOW, type GenerateOptions } from './options.js';

/**
 * Everything built under one set of options: arbitraries are built once per schema node list (generation
 * speed matters; the bench measures it) and reused for every later call with equal options.
 */
class CachedContext implements Context {
  readonly now: Date;
  readonly locales: readonly string[];
  private readonly overrides: GenerateOptions['domain'];
  private readonly built = new Map<string, fc.Arbitrary<unknown>>();
  private readonly building = new Set<string>();
  /** Caches for other parts of the generator (invalid values, boundaries), keyed by their own keys. */
  readonly memo = new Map<string, unknown>();

  constructor(options: GenerateOptions = {}) {
    this.now = options.now ?? DEFAULT_NOW;
    if (Number.isNaN(this.now.getTime())) throw new RangeError('GenerateOptions.now is not a valid date');
    this.locales = options.locales ?? ALEXA_LOCALES;
    if (this.locales.length === 0) throw new RangeError('GenerateOptions.locales is empty');
    this.overrides = options.domain;
  }

  /** The domain generator for an x-generate name found at `node`. */
  domain(name: string, node: SchemaNode): fc.Arbitrary<string> {
    if (!isDomainName(name)) return fail(node, `x-generate "${name}" names no domain generator`);
    return this.overrides?.[name] ?? domainArbitrary(name, this);
  }

  /**
   * The arbitrary of values valid against every node of the list. Recursive schemas are cut off: where a
   * node list recurs inside itself it is built "minimal" (required properties only, the fewest items), and a
   * recursion that even minimal values cannot escape is an error.
   */
  arbitrary(nodes: readonly SchemaNode[], minimal = false): fc.Arbitrary<unknown> {
    const key = `${minimal ? 'minimal:' : ''}${keyOf(nodes)}`;
    const cached = this.built.get(key);
    if (cached) return cached;
    if (this.building.has(key)) {
      if (!minimal) return this.arbitrary(nodes, true);
      return fail(nodes[0]!, 'the schema recurses through required properties: no finite instance');
    }
    this.building.add(key);
    try {
      const arb = buildNodes(this, nodes, minimal);
      this.built.set(key, arb);
      return arb;
    } finally {
      this.building.delete(key);
    }
  }
}

const plain = new Map<string, CachedContext>();
const withDomain = new WeakMap<object, Map<string, CachedContext>>();

/** The context for a set of options: equal options (by value; domain overrides by identity) share one. */
export function contextFor(options: GenerateOptions = {}): Context {
  const key = `${(options.now ?? DEFAULT_NOW).getTime()}|${(options.locales ?? []).join(',')}|${options.locales ? 'set' : 'default'}`;
  let byKey = plain;
  if (options.domain) {
    byKey = withDomain.get(options.domain) ?? new Map<string, CachedContext>();
    withDomain.set(options.domain, byKey);
  }
  let ctx = byKey.get(key);
  if (!ctx) byKey.set(key, (ctx = new CachedContext({ now: options.now, locales: options.locales, domain: options.domain })));
  return ctx;
}
