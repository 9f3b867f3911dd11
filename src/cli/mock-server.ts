import { resolve } from 'node:path';
import { sampleCatalog } from '../mocks/isp/catalog.js';
import { readCatalogFile } from '../mocks/isp/catalog-file.js';
import type { InSkillProduct } from '../types/index.js';
import { BadInput } from '../bad-input.js';
import { integerOption, parseArgs } from './args.js';
import { apisOf, faultsOf, logLine, openMockApis } from './mock-apis.js';
import { write } from './schemas.js';
import { mockServerFlags, mockServerUsage } from './verbs.js';

/** The --catalog file, or bad usage in one line. */
function readCatalog(file: string): InSkillProduct[] {
  const read = readCatalogFile(resolve(file));
  if ('problem' in read) throw new BadInput(`--catalog ${read.problem}`);
  return read.catalog;
}

/** `alexa-shopping-conformance mock-server`: the loopback mocks, for a skill or a commerce client under the team's own tests. */
export async function mockServer(argv: string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, mockServerFlags);
  if (flags.help) {
    await write(`usage: alexa-shopping-conformance ${mockServerUsage}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new BadInput(`mock-server takes no arguments, got "${positionals[0]}"`);
  const port = integerOption(flags.port, 'port', 0, 0, 65535);
  const apis = apisOf(flags.api);
  const catalog = flags.catalog === undefined ? sampleCatalog() : readCatalog(flags.catalog);
  const pageSize = flags['page-size'] === undefined ? undefined : integerOption(flags['page-size'], 'page-size', 100, 1, 100);
  const slowMs = flags['slow-ms'] === undefined ? undefined : integerOption(flags['slow-ms'], 'slow-ms', 0, 0, 600_000);
  const carriers = flags.carriers?.split(',').map((s) => s.trim()).filter(Boolean);
  const mocks = await openMockApis(
    {
      apis,
      catalog,
      faults: faultsOf(flags.fault, apis),
      orders: integerOption(flags.orders, 'orders', 1, 0, 1000),
      ...(pageSize === undefined ? {} : { pageSize }),
      ...(slowMs === undefined ? {} : { slowMs }),
      ...(carriers ? { carriers } : {}),
    },
    port,
  );
  const { server } = mocks;
  await write(`${mocks.describe().join('\n')}\n`);
  // No probe is in flight here, so every call is unattributed: log and drop them rather than keep them all.
  const log = (): void => {
    for (const call of server.take('', true)) process.stderr.write(`${logLine(call)}\n`);
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
