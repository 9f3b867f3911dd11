import { createRequire } from 'node:module';
import type Nock from 'nock';

/**
 * nock, loaded when a mock or the client's network guard first asks for it. nock starts intercepting every HTTP
 * request of the process the moment it loads (loopback ones too, about ten times slower), so importing the
 * package must not load it: a library user's own traffic, and a run's probes of an HTTP endpoint, would pay.
 */
export function loadNock(): typeof Nock {
  return createRequire(import.meta.url)('nock') as typeof Nock;
}
