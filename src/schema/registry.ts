import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { schemasDir } from './paths.js';

/** A JSON Schema as read from schemas/: plain JSON. */
export type JsonSchema = { [keyword: string]: unknown };

const ID_BASE = 'https://alexa-shopping-conformance.invalid/schemas/';
const SUFFIX = '.schema.json';

let cache: Map<string, JsonSchema> | undefined;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith(SUFFIX) ? [join(dir, entry.name)] : [],
  );
}

/** Every schema under schemas/, keyed by id (its path under schemas/ without .schema.json), read once a process. */
export function schemas(): ReadonlyMap<string, JsonSchema> {
  if (cache) return cache;
  const dir = schemasDir();
  const entries = walk(dir)
    .map((file) => {
      const id = relative(dir, file).split(sep).join('/').slice(0, -SUFFIX.length);
      return [id, JSON.parse(readFileSync(file, 'utf8')) as JsonSchema] as const;
    })
    .sort(([a], [b]) => a.localeCompare(b));
  return (cache = new Map(entries));
}

export const schemaIds = (): string[] => [...schemas().keys()];

/** The schema with this id; an unknown id is an error that lists the known ones. */
export function schemaById(id: string): JsonSchema {
  const schema = schemas().get(id);
  if (!schema) throw new UnknownSchemaError(id);
  return schema;
}

class UnknownSchemaError extends Error {
  constructor(readonly id: string) {
    super(`unknown schema id "${id}"; \`alexa-shopping-conformance schemas\` lists them`);
  }
}

export const uriOf = (id: string): string => `${ID_BASE}${id}${SUFFIX}`;

/** The schema id for a $id URI, or undefined for URIs outside schemas/. */
export function idOfUri(uri: string): string | undefined {
  const bare = uri.split('#')[0] ?? '';
  return bare.startsWith(ID_BASE) && bare.endsWith(SUFFIX) ? bare.slice(ID_BASE.length, -SUFFIX.length) : undefined;
}
