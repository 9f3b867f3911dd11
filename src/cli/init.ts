import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { BadInput } from '../bad-input.js';
import { withDiscovered } from '../explore/apply.js';
import type { Exploration } from '../explore/explore.js';
import { exploreFor } from '../explore/run.js';
import { runLocales } from '../config/model.js';
import { resolveOptions } from '../run/options.js';
import { openTarget, REFERENCE_CONFIG, type TargetSpec } from '../targets/resolve.js';
import type { ConformanceConfig } from '../types/index.js';
import { integerOption, parseArgs } from './args.js';
import { exploreFlags } from './explore-flags.js';
import { initNotes } from './init-notes.js';
import { initFlags, initUsage } from './verbs.js';

/** `alexa-shopping-conformance init`: explores the skill and writes conformance.json and conformance.md. */
export async function init(argv: string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, initFlags);
  if (flags.help) {
    process.stdout.write(`usage: alexa-shopping-conformance ${initUsage}\n`);
    return 0;
  }
  if (positionals.length) throw new BadInput(`init takes no positional arguments, got "${positionals[0]}"`);
  if (flags.handler && flags.endpoint) throw new BadInput('give --handler or --endpoint, not both');
  if ((flags.ca || flags.insecure) && !flags.endpoint) throw new BadInput('--ca and --insecure go with --endpoint https://...');
  const cwd = process.cwd();
  const endpoint = flags.endpoint ? { endpoint: flags.endpoint, ...(flags.ca ? { ca: flags.ca } : {}), ...(flags.insecure ? { insecure: true } : {}) } : undefined;
  const target: TargetSpec = flags.handler ? { handler: flags.handler } : endpoint ?? { reference: true };
  const reference = 'reference' in target;
  const given = flags['interaction-model'];
  if (!given && !reference) throw new BadInput('init needs --interaction-model skill-package/interactionModels/custom/<locale>.json: exploration sends the intents it lists');
  const model = given ? resolve(cwd, given) : resolve(dirname(REFERENCE_CONFIG()), 'skill-package/interactionModels/custom/en-US.json');
  const out = resolve(cwd, flags.config ?? 'conformance.json');
  const notesFile = `${out.replace(/\.json$/i, '')}.md`;
  for (const file of [out, notesFile]) if (existsSync(file) && !flags.force) throw new BadInput(`${relative(cwd, file) || file} exists; give --force to overwrite it`);

  const [locale = 'en-US'] = runLocales(undefined, model);
  const seed = integerOption(flags.seed, 'seed', 1, -0x80000000, 0x7fffffff);
  // The catalog as the written config names it, relative to that file; read now from the working directory.
  const catalog = flags.catalog ? relative(dirname(out), resolve(cwd, flags.catalog)) || basename(flags.catalog) : undefined;
  const isp = flags.catalog ? { isp: { catalog: resolve(cwd, flags.catalog) } } : {};
  const options = { ...exploreFlags(flags['explore-runs'], flags['explore-depth']), target, seed, config: { locales: [locale], ...isp }, interactionModel: model, cwd };
  let exploration: Exploration | undefined;
  const resolved = resolveOptions(options);
  const opened = await openTarget(target, cwd);
  try {
    exploration = await exploreFor(resolved, opened, options);
  } finally {
    await opened.close();
  }
  const base: ConformanceConfig = { locales: [locale], interactionModel: relative(dirname(out), model) || basename(model), ...(catalog ? { isp: { catalog } } : {}) };
  const config = exploration ? withDiscovered(base, exploration) : base;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(config, null, 2)}\n`);
  writeFileSync(notesFile, initNotes(config, exploration, basename(out)));
  const found = exploration?.found.filter((d) => d.goal !== 'isp.cancel').length ?? 0;
  process.stdout.write(`wrote ${relative(cwd, out) || out} (${found ? `${found} flow${found === 1 ? '' : 's'} discovered` : 'no hand-off found'}) and ${relative(cwd, notesFile) || notesFile}\n`);
  return 0;
}
