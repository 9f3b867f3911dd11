import fc from 'fast-check';
import { arbitraryOf, invalidArbitraryOf } from '../src/generate/index.js';
import { validate } from '../src/schema/ajv.js';
import { schemas } from '../src/schema/registry.js';
import { perSecond, type BenchResult } from './result.js';

const COUNT = 5000;
const SEED = 1;

// The envelope is what every probe sends; fall back to the first schema while it does not exist yet.
const schemaId = (): string => (schemas().has('alexa/request-envelope') ? 'alexa/request-envelope' : [...schemas().keys()][0]!);

/** Valid envelopes generated and validated per second, and invalid values generated per second. */
export async function benchGenerate(): Promise<BenchResult[]> {
  const id = schemaId();
  const valid = arbitraryOf(id);
  const invalid = invalidArbitraryOf(id);
  const validated = perSecond(COUNT, (n) => {
    for (const value of fc.sample(valid, { seed: SEED, numRuns: n })) {
      if (validate(id, value).length > 0) throw new Error(`bench: a generated ${id} does not validate`);
    }
  });
  const broken = perSecond(COUNT, (n) => {
    fc.sample(invalid, { seed: SEED, numRuns: n });
  });
  return [
    { name: `generate+validate ${id}`, value: validated, unit: '/s' },
    { name: `generate invalid ${id}`, value: broken, unit: '/s' },
  ];
}
