import type fc from 'fast-check';
import type { AdapterOperation, CommerceAdapter } from './adapter.js';
import type { ClientCase } from './cases.js';
import type { ClientEnv } from './env.js';
import type { Serial } from './inputs.js';

/** What a family's case runs with. */
export interface FamilyRun {
  adapter: CommerceAdapter;
  env: ClientEnv;
  serial: Serial;
  /** Carrier codes shipments are drawn from. */
  carriers: readonly string[];
  timeoutMs: number;
}

/**
 * A scenario family: generated parameters (fast-check, from the run's seed) and a case body that drives the
 * adapter against the mocks. Families whose operations the adapter lacks are skipped.
 */
export interface ClientFamily<P = unknown> {
  name: string;
  needs: readonly AdapterOperation[];
  /** At most this many cases a run (a family whose cases wait out slow answers keeps runs short). */
  maxRuns?: number;
  /** Parameters of one case; `carriers` are the codes shipments may use. */
  parameters(carriers: readonly string[]): fc.Arbitrary<P>;
  run(params: P, index: number, run: FamilyRun): Promise<ClientCase>;
}

/** A family with its parameter type erased, for the registry. */
export const family = <P>(f: ClientFamily<P>): ClientFamily => f as unknown as ClientFamily;
