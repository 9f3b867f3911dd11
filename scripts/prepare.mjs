#!/usr/bin/env node
// npm's `prepare`: builds dist/ (`npm run build`) unless it was built from exactly the inputs there now. npm runs
// `prepare` after `npm ci`, and again when `npx alexa-shopping-conformance` first runs in a fresh clone (npx installs
// the folder into its own cache to link its bin): without this check the README's first command built everything
// twice, about 10 s of its 16. `npm run build` always builds; this only skips a build that would change nothing.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** What the build reads: what tsconfig.json includes, the schemas, the validators' script and the dependencies' versions. */
const { include } = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));
const INPUTS = [...include, 'schemas', 'tsconfig.json', 'package.json', 'package-lock.json', 'scripts/gen-validators.mjs'];
const STAMP = join(root, 'dist', '.build-inputs');
/** What the build writes last: a dist/ without it is a build that did not finish. */
const LAST_OUTPUT = join(root, 'dist', 'src', 'schema', 'validators.cjs');

function* files(path) {
  if (!existsSync(path)) return;
  if (!statSync(path).isDirectory()) return yield path;
  for (const entry of readdirSync(path).sort()) yield* files(join(path, entry));
}

const hash = createHash('sha256');
for (const input of INPUTS) {
  for (const file of files(join(root, input))) hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update('\0');
}
const inputs = `${hash.digest('hex')}\n`;

if (existsSync(LAST_OUTPUT) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === inputs) {
  process.stdout.write('dist/ is up to date with its sources (`npm run build` builds it anyway)\n');
} else {
  // npm_execpath: the npm running this script; `npm` from PATH otherwise.
  const npm = process.env.npm_execpath;
  const build = npm ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, stdio: 'inherit' }) : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(STAMP, inputs);
}
