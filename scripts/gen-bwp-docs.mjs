#!/usr/bin/env node
// Writes docs/bwp-graphql.md from the Buy with Prime mock's SDL (src/mocks/bwp/sdl.ts): one GraphQL document per
// operation the mock serves, every field selected, each field or type the SDL marks `# assumed` marked so here,
// and the SDL itself. `--check` writes nothing and exits 1 when the file would change (CI's drift check).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, getNamedType, isInterfaceType, isLeafType, isListType, isNonNullType, isObjectType } from 'graphql';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = 'src/mocks/bwp/sdl.ts';
const target = 'docs/bwp-graphql.md';
const check = process.argv.includes('--check');

const text = readFileSync(join(root, source), 'utf8');
const match = /BWP_SDL = \/\* GraphQL \*\/ `([\s\S]*?)`;/.exec(text);
if (!match) {
  console.error(`${source}: no BWP_SDL template found`);
  process.exit(2);
}
const sdl = match[1].trim();
const schema = buildSchema(sdl);

/** What the SDL marks assumed: `Type` or `Type.field`, with the reason given after "assumed:", if any. */
function assumptions(lines) {
  const marks = new Map();
  let type;
  let pending;
  for (const line of lines) {
    const comment = /^\s*#\s*(.*)$/.exec(line);
    if (comment) {
      if (/^assumed\b/.test(comment[1])) pending = comment[1].replace(/^assumed:?\s*/, '');
      else if (pending !== undefined) pending = `${pending} ${comment[1]}`.trim();
      continue;
    }
    const def = /^(?:type|input|interface|enum|scalar)\s+(\w+)/.exec(line);
    if (def) type = def[1];
    const field = /^\s+(\w+)\s*[(:]/.exec(line);
    const key = def ? def[1] : field && type ? `${type}.${field[1]}` : undefined;
    if (pending !== undefined && key) marks.set(key, pending);
    if (line.trim() !== '') pending = undefined;
  }
  return marks;
}
const assumed = assumptions(sdl.split('\n'));
const note = (key) => (assumed.has(key) ? `  # assumed${assumed.get(key) ? `: ${assumed.get(key)}` : ''}` : '');

const typeString = (type) => String(type);
const pascal = (name) => name[0].toUpperCase() + name.slice(1);

/** The selection of every field of an output type, nested, with assumed marks as comments. */
function selection(type, depth) {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  const pad = '  '.repeat(depth);
  const lines = [];
  if (isInterfaceType(named)) lines.push(`${pad}__typename  # ${schema.getPossibleTypes(named).map((t) => t.name).join(', ')}`);
  for (const field of Object.values(named.getFields())) {
    const inner = selection(field.type, depth + 1);
    const mark = note(`${named.name}.${field.name}`) || note(getNamedType(field.type).name);
    lines.push(inner ? `${pad}${field.name} {${mark}\n${inner}\n${pad}}` : `${pad}${field.name}${mark}`);
  }
  return lines.join('\n');
}

function operation(kind, field) {
  const args = field.args.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ');
  const pass = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const head = `${kind} ${pascal(field.name)}(${args}) {`;
  return `${head}\n  ${field.name}(${pass}) {${note(`${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`)}\n${selection(field.type, 2)}\n  }\n}`;
}

/** The input types an operation's arguments reach, in order of first use. */
function inputsOf(field) {
  const seen = [];
  const visit = (type) => {
    const named = getNamedType(type);
    if (seen.includes(named) || isLeafType(named)) return;
    seen.push(named);
    for (const f of Object.values(named.getFields())) visit(f.type);
  };
  for (const a of field.args) visit(a.type);
  return seen;
}

function inputTable(type) {
  const rows = Object.values(type.getFields()).map((f) => {
    const key = `${type.name}.${f.name}`;
    const notes = [];
    if (assumed.has(key)) notes.push(`assumed${assumed.get(key) ? `: ${assumed.get(key)}` : ''}`);
    if (getNamedType(f.type).name === 'JSON') notes.push('a JSON object (a list of them for a list): the page does not name its fields (see the README, "Write an adapter")');
    return `| \`${f.name}\` | \`${typeString(f.type)}\` | ${notes.join('; ')} |`;
  });
  const head = `#### \`${type.name}\`${assumed.has(type.name) ? ` (assumed${assumed.get(type.name) ? `: ${assumed.get(type.name)}` : ''})` : ''}${type.description ? `\n${type.description}` : ''}`;
  return `${head}\n\n| field | type | |\n| --- | --- | --- |\n${rows.join('\n')}`;
}

const roots = [
  ['query', schema.getQueryType()],
  ['mutation', schema.getMutationType()],
];
const sections = roots.flatMap(([kind, type]) =>
  Object.values(type.getFields()).map((field) => {
    const inputs = inputsOf(field);
    return [
      `### ${field.name}`,
      '',
      '```graphql',
      operation(kind, field),
      '```',
      '',
      inputs.length ? `Inputs:\n\n${inputs.map(inputTable).join('\n\n')}` : '',
    ].join('\n');
  }),
);

const out = `<!-- DO NOT EDIT. Generated by \`npm run gen:docs\` (scripts/gen-bwp-docs.mjs) from ${source}; CI fails when this file is stale. -->
# The Buy with Prime GraphQL API, as the mock serves it

The \`client\` verb and \`mock-server\` answer these operations at \`POST <endpoint>\` (\`ctx.bwp.endpoint\`, or
\`/graphql\` on the mock server) with \`Authorization: Bearer <access token>\`. Each document below selects every
field; a client may select fewer. What the page (Buy with Prime: Best Practices for Orders) and the parts of the
API reference we read do not spell out is this mock's guess, marked **assumed** (in the documents, as a
\`# assumed\` comment, which GraphQL ignores). Errors arrive as GraphQL errors: the ValidationException code in
\`errors[0].extensions.code\`, its type in \`errors[0].extensions.errorType\` (see the README, "Write an adapter").

## Operations

${sections.join('\n\n')}

## The schema (SDL)

\`\`\`graphql
${sdl}
\`\`\`
`;

const path = join(root, target);
const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
if (check) {
  if (current !== out) {
    console.error(`${target} is stale: run \`npm run gen:docs\` and commit the result`);
    process.exit(1);
  }
  console.log(`${target} is up to date`);
} else {
  if (current !== out) writeFileSync(path, out);
  console.log(current === out ? `${target} unchanged` : `wrote ${target}`);
}
