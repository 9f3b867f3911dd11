import { createRequire } from 'node:module';
import { dirname, sep } from 'node:path';
import type Nock from 'nock';

const require = createRequire(import.meta.url);

/**
 * nock, loaded when a mock or the client's network guard first asks for it. nock starts intercepting every HTTP
 * request of the process the moment it loads (loopback ones too, about ten times slower), so importing the
 * package must not load it: a library user's own traffic, and a run's probes of an HTTP endpoint, would pay.
 */
export function loadNock(): typeof Nock {
  return require('nock') as typeof Nock;
}

/** Whether nock is loaded in this process, by anyone. */
export function nockLoaded(): boolean {
  return require.resolve('nock') in require.cache;
}

/**
 * Gives node:http back and forgets nock's modules, so that whoever requires nock next gets it afresh and active, as
 * if it had never been loaded. Only for a nock this package loaded and nobody else has used.
 */
export function unloadNock(): void {
  loadNock().restore();
  const dir = dirname(require.resolve('nock/package.json')) + sep;
  for (const file of Object.keys(require.cache)) if (file.startsWith(dir)) delete require.cache[file];
}
