import { schemaIds } from '../schema/registry.js';
import { BadInput } from '../bad-input.js';
import { parseArgs } from './args.js';
import { write } from './output.js';
import { schemasFlags, schemasUsage } from './verbs.js';

/** `alexa-shopping-conformance schemas`: the ids that `sample` (and the reports) use. */
export async function schemas(argv: string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, schemasFlags);
  if (flags.help) {
    process.stdout.write(`usage: alexa-shopping-conformance ${schemasUsage}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new BadInput(`schemas takes no arguments, got "${positionals[0]}"`);
  await write(schemaIds().map((id) => `${id}\n`).join(''));
  return 0;
}

// Other verbs import write from here.
export { write } from './output.js';
