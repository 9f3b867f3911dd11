import { idOfUri, schemaById, type JsonSchema } from '../schema/registry.js';
import { UngeneratableSchemaError } from './errors.js';
import { escapeToken, unescapeToken, type Segment } from './pointer.js';

/** A schema document: a file of schemas/ or a schema object passed in by a caller. */
interface Doc {
  /** The absolute URI that relative `$ref`s resolve against. */
  readonly base: string;
  /** How error messages name the document: `schemas/shopping/x.schema.json`, or `<inline schema>`. */
  readonly display: string;
  readonly root: JsonSchema | boolean;
}

/** One sub-schema, where it lives (for `$ref` resolution and error messages) and what it says. */
export interface SchemaNode {
  readonly doc: Doc;
  /** JSON Pointer inside the document ("" for the root). */
  readonly pointer: string;
  readonly schema: JsonSchema | boolean;
  /** Unique per location: the cache key of everything built from this node. */
  readonly key: string;
}

const registryDocs = new Map<string, Doc>();
const inlineDocs = new WeakMap<object, Doc>();
let inlineCount = 0;

const displayOf = (id: string): string => `schemas/${id}.schema.json`;

function registryDoc(id: string): Doc {
  let doc = registryDocs.get(id);
  if (!doc) {
    const root = schemaById(id);
    doc = { base: String(root['$id'] ?? `https://alexa-shopping-conformance.invalid/schemas/${id}.schema.json`), display: displayOf(id), root };
    registryDocs.set(id, doc);
  }
  return doc;
}

function inlineDoc(schema: JsonSchema): Doc {
  let doc = inlineDocs.get(schema);
  if (!doc) {
    const id = typeof schema['$id'] === 'string' ? schema['$id'] : undefined;
    const known = id === undefined ? undefined : idOfUri(id);
    doc = {
      base: id ?? `inline:/schema-${++inlineCount}.json`,
      display: known === undefined ? (id ?? '<inline schema>') : displayOf(known),
      root: schema,
    };
    inlineDocs.set(schema, doc);
  }
  return doc;
}

const nodeAt = (doc: Doc, pointer: string, schema: JsonSchema | boolean): SchemaNode => ({ doc, pointer, schema, key: `${doc.base}#${pointer}` });

const booleanDocs = new Map<boolean, Doc>([true, false].map((b) => [b, { base: `inline:/${String(b)}.json`, display: `<${String(b)} schema>`, root: b }]));

/** The root node of a schema id (a file of schemas/) or of a schema object (or a boolean schema). */
export function rootNode(schemaOrId: string | JsonSchema | boolean): SchemaNode {
  const doc = typeof schemaOrId === 'string' ? registryDoc(schemaOrId) : typeof schemaOrId === 'boolean' ? booleanDocs.get(schemaOrId)! : inlineDoc(schemaOrId);
  return nodeAt(doc, '', doc.root);
}

/** `schemas/x.schema.json#/properties/a`: the place to name in an error. */
export const pathOf = (node: SchemaNode): string => `${node.doc.display}#${node.pointer}`;

export const fail = (node: SchemaNode, reason: string): never => {
  throw new UngeneratableSchemaError(pathOf(node), reason);
};

/** The sub-schema under `node` at the given keyword path (e.g. "properties", "asin"). */
export function childNode(node: SchemaNode, ...tokens: Segment[]): SchemaNode {
  let schema: unknown = node.schema;
  for (const token of tokens) schema = (schema as Record<string, unknown> | undefined)?.[token];
  const pointer = node.pointer + tokens.map((t) => `/${escapeToken(t)}`).join('');
  if (typeof schema !== 'boolean' && (typeof schema !== 'object' || schema === null || Array.isArray(schema))) {
    return fail(nodeAt(node.doc, pointer, true), 'not a schema');
  }
  return nodeAt(node.doc, pointer, schema as JsonSchema | boolean);
}

/** Resolves a `$ref` found at `node`: relative to the document's `$id`, into schemas/ or the same document. */
export function resolveRef(node: SchemaNode, ref: string): SchemaNode {
  let uri: URL;
  try {
    uri = new URL(ref, node.doc.base);
  } catch {
    return fail(node, `$ref "${ref}" is not a URI reference`);
  }
  const fragment = decodeURIComponent(uri.hash.slice(1));
  uri.hash = '';
  let doc: Doc;
  if (uri.href === node.doc.base) doc = node.doc;
  else {
    const id = idOfUri(uri.href);
    if (id === undefined) return fail(node, `$ref "${ref}" points outside schemas/`);
    try {
      doc = registryDoc(id);
    } catch {
      return fail(node, `$ref "${ref}" names no schema of schemas/ (${displayOf(id)})`);
    }
  }
  if (fragment !== '' && !fragment.startsWith('/')) return fail(node, `$ref "${ref}": anchors are not supported, only JSON pointers`);
  let target = nodeAt(doc, '', doc.root);
  for (const token of fragment.split('/').slice(1)) {
    const step = unescapeToken(token);
    const parent = target.schema;
    if (typeof parent !== 'object' || !(step in parent)) return fail(node, `$ref "${ref}" points at nothing`);
    target = childNode(target, step);
  }
  return target;
}
