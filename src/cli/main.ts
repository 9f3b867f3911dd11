import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../schema/paths.js';
import { client, clientUsage } from './client.js';
import { init, initUsage } from './init.js';
import { merge, mergeUsage } from './merge.js';
import { mockServer, mockServerUsage } from './mock-server.js';
import { run, runUsage } from './run.js';
import { sample, sampleUsage } from './sample.js';
import { schemas, schemasUsage } from './schemas.js';

const NAME = 'alexa-shopping-conformance';

/** A verb takes its arguments (after the verb) and resolves to the exit status. */
export type Verb = (argv: string[]) => Promise<number>;

/** Every verb, one module each. */
const VERBS: Readonly<Record<string, Verb>> = { run, init, sample, schemas, 'mock-server': mockServer, 'merge-reports': merge, client };

/** One entry per verb, in the order of --help. */
const USAGES: readonly string[] = [runUsage, initUsage, sampleUsage, schemasUsage, mockServerUsage, mergeUsage, clientUsage];

const usage = (): string =>
  `usage: ${NAME} <verb> [options]   (${NAME} <verb> --help for one verb)\n\nverbs:\n${USAGES.map((u) => `  ${u}`).join('\n')}\n`;

function version(): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: string };
  return manifest.version ?? 'unknown';
}

/** One line on stderr: usage errors and failures alike are said, never shown as a stack trace. */
function complain(message: string): number {
  process.stderr.write(`${NAME}: ${message.split('\n')[0]}\n`);
  return 2;
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
  const run = Object.hasOwn(VERBS, verb) ? VERBS[verb] : undefined;
  if (!run) return complain(verb.startsWith('-') ? `unknown option ${verb} before the verb; --help lists the verbs` : `unknown verb "${verb}"; --help lists the verbs`);
  try {
    return await run(rest);
  } catch (e) {
    return complain(e instanceof Error ? e.message : String(e));
  }
}
