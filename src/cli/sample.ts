import { sample as generate, type Mutation } from '../generate/index.js';
import { schemas } from '../schema/registry.js';
import { BadInput } from '../bad-input.js';
import { dateOption, integerOption, parseArgs } from './args.js';
import { write } from './output.js';
import { sampleFlags, sampleUsage } from './verbs.js';

const describe = (m: Mutation): string => `${m.keyword} at ${m.instancePath || '/'}: ${m.description}`;

/** `alexa-shopping-conformance sample <schema-id>`: what the generator makes of a schema, for maintainers. */
export async function sample(argv: string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, sampleFlags);
  if (flags.help) {
    process.stdout.write(`usage: alexa-shopping-conformance ${sampleUsage}\n`);
    return 0;
  }
  const [id, extra] = positionals;
  if (id === undefined) throw new BadInput('sample needs a schema id; `alexa-shopping-conformance schemas` lists them');
  if (extra !== undefined) throw new BadInput(`sample takes one schema id, got also "${extra}"`);
  if (!schemas().has(id)) throw new BadInput(`unknown schema id "${id}"; \`alexa-shopping-conformance schemas\` lists them`);
  const count = integerOption(flags.count, 'count', 10, 0, 1_000_000);
  const seed = integerOption(flags.seed, 'seed', 0, -0x80000000, 0x7fffffff);
  const now = dateOption(flags.now, 'now');
  const invalid = flags.invalid === true;
  const values = generate(id, { count, seed, invalid, ...(now ? { now } : {}) });
  const lines = invalid
    ? (values as { value: unknown; mutation: Mutation }[]).map(({ value, mutation }) => JSON.stringify({ value, mutation: describe(mutation) }))
    : values.map((v) => JSON.stringify(v));
  await write(lines.map((l) => `${l}\n`).join(''));
  return 0;
}
