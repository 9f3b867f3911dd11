import { resolve } from 'node:path';
import { sampleCatalog } from '../mocks/isp/catalog.js';
import { readCatalogFile } from '../mocks/isp/catalog-file.js';
import { IspCore } from '../mocks/isp/core.js';
import { IspService } from '../mocks/isp/service.js';
import { MockServer } from '../mocks/server.js';
import type { InSkillProduct } from '../types/index.js';
import { integerOption, parseArgs } from './args.js';
import { UsageError } from './errors.js';
import { write } from './schemas.js';

export const mockServerUsage = `mock-server [--port n] [--catalog <file>] [--page-size n]
      Serves the mock Amazon APIs (the In-Skill Product Service) on loopback for a skill you run
      yourself: prints the URL to put in context.System.apiEndpoint, logs each call on stderr, and
      stops on SIGINT or SIGTERM. Any bearer token is served the catalog (default: the sample
      response's three products; --catalog: a JSON array of InSkillProduct). The service truncates a
      listing only when more products match than its maxResults (default 100); --page-size caps every
      page lower still, a test convenience to make a skill page through a small catalog.`;

const FLAGS = { port: 'string', catalog: 'string', 'page-size': 'string', help: 'boolean' } as const;

/** The --catalog file, or bad usage in one line. */
function readCatalog(file: string): InSkillProduct[] {
  const read = readCatalogFile(resolve(file));
  if ('problem' in read) throw new UsageError(`--catalog ${read.problem}`);
  return read.catalog;
}

/** `alexa-shopping-conformance mock-server`: the probes' loopback mock, for a skill under the team's own tests. */
export async function mockServer(argv: string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, FLAGS);
  if (flags.help) {
    await write(`usage: alexa-shopping-conformance ${mockServerUsage}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`mock-server takes no arguments, got "${positionals[0]}"`);
  const port = integerOption(flags.port, 'port', 0, 0, 65535);
  const catalog = flags.catalog === undefined ? sampleCatalog() : readCatalog(flags.catalog);
  const pageSize = flags['page-size'] === undefined ? undefined : integerOption(flags['page-size'], 'page-size', 100, 1, 100);
  const core = new IspCore({ fallback: { catalog, ...(pageSize === undefined ? {} : { pageSize }) }, anyToken: true });
  const server = new MockServer().use(new IspService(core));
  try {
    await server.start(port);
  } catch (e) {
    throw new UsageError(`cannot listen on 127.0.0.1:${port}: ${e instanceof Error ? e.message : String(e)}`);
  }
  await write(`${server.url}\n`);
  // No probe is in flight here, so every call is unattributed: log and drop them rather than keep them all.
  const log = (): void => {
    for (const call of server.take('', true)) {
      const url = new URL(call.url);
      process.stderr.write(`${call.method} ${url.pathname}${url.search} ${call.status ?? ''}\n`);
    }
  };
  const drain = setInterval(log, 250);
  await new Promise<void>((stop) => {
    process.once('SIGINT', () => stop());
    process.once('SIGTERM', () => stop());
  });
  clearInterval(drain);
  await server.close();
  log();
  return 0;
}
