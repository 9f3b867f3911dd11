import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BAD_INPUT_EXIT, BadInput } from '../bad-input.js';
import { packageRoot } from '../schema/paths.js';
import type { FlagSpec } from './args.js';
import { clientFlags, clientUsage, initFlags, initUsage, mergeFlags, mergeUsage, mockServerFlags, mockServerUsage, runFlags, runUsage, sampleFlags, sampleUsage, schemasFlags, schemasUsage } from './verbs.js';

const NAME = 'alexa-shopping-conformance';

/** A verb takes its arguments (after the verb) and resolves to the exit status. */
export type Verb = (argv: string[]) => Promise<number>;

/** A verb: what runs it, its usage text, and the flags its parser accepts (every one of which the usage text shows). */
export interface VerbEntry {
  /** Loads the verb's module (only the verb that runs is loaded). */
  readonly load: () => Promise<Verb>;
  readonly usage: string;
  readonly flags: FlagSpec;
}

/** Every verb, one module each, in the order of --help. */
export const VERBS: Readonly<Record<string, VerbEntry>> = {
  run: { load: async () => (await import('./run.js')).run, usage: runUsage, flags: runFlags },
  init: { load: async () => (await import('./init.js')).init, usage: initUsage, flags: initFlags },
  sample: { load: async () => (await import('./sample.js')).sample, usage: sampleUsage, flags: sampleFlags },
  schemas: { load: async () => (await import('./schemas.js')).schemas, usage: schemasUsage, flags: schemasFlags },
  'mock-server': { load: async () => (await import('./mock-server.js')).mockServer, usage: mockServerUsage, flags: mockServerFlags },
  'merge-reports': { load: async () => (await import('./merge.js')).merge, usage: mergeUsage, flags: mergeFlags },
  client: { load: async () => (await import('./client.js')).client, usage: clientUsage, flags: clientFlags },
};

export const usage = (): string =>
  `usage: ${NAME} <verb> [options]   (${NAME} <verb> --help for one verb)\n\nverbs:\n${Object.values(VERBS)
    .map((v) => `  ${v.usage}`)
    .join('\n')}\n`;

function version(): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: string };
  return manifest.version ?? 'unknown';
}

/** One line on stderr: bad input and failures alike are said, never shown as a stack trace. */
function complain(message: string, status = BAD_INPUT_EXIT): number {
  process.stderr.write(`${NAME}: ${message.split('\n')[0]}\n`);
  return status;
}

let pipeWatched = false;

/** A closed pipe (`... | head`) is the reader's choice, not an error to report. */
function quietOnClosedPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
}

/** Runs the CLI on its arguments (without node and the script) and resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  const [verb, ...rest] = argv;
  if (verb === undefined) {
    process.stderr.write(usage());
    return 2;
  }
  if (verb === '--help' || verb === '-h' || verb === 'help') {
    process.stdout.write(usage());
    return 0;
  }
  if (verb === '--version') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const entry = Object.hasOwn(VERBS, verb) ? VERBS[verb] : undefined;
  if (!entry) return complain(verb.startsWith('-') ? `unknown option ${verb} before the verb; --help lists the verbs` : `unknown verb "${verb}"; --help lists the verbs`);
  try {
    return await (await entry.load())(rest);
  } catch (e) {
    // The one place bad input becomes its exit status; any other failure is said the same way, never as a stack trace.
    if (e instanceof BadInput) return complain(e.message, e.exitCode);
    return complain(e instanceof Error ? e.message : String(e));
  }
}
