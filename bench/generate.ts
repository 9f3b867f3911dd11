import fc from 'fast-check';
import { arbitraryOf, invalidArbitraryOf } from '../src/generate/index.js';
import { validate } from '../src/schema/ajv.js';
import { handwrittenEnvelope } from './handwritten-envelope.js';
import { perSecond, type BenchResult } from './result.js';

const COUNT = 5000;
const SEED = 1;
const ID = 'alexa/request-envelope';

/** Generates n values and validates each against the envelope schema, as the suite does with every request it sends. */
function generateAndValidate(arbitrary: fc.Arbitrary<unknown>): (n: number) => void {
  return (n) => {
    for (const value of fc.sample(arbitrary, { seed: SEED, numRuns: n })) {
      if (validate(ID, value).length > 0) throw new Error(`bench: a generated ${ID} does not validate`);
    }
  };
}

/** Generates n invalid values (each with the mutation it announces). */
function generateInvalid(arbitrary: fc.Arbitrary<unknown>): (n: number) => void {
  return (n) => {
    fc.sample(arbitrary, { seed: SEED, numRuns: n });
  };
}

/**
 * Valid envelopes generated and validated per second by the schema-driven generator and by a hand-written fc.record
 * of the same shape (bench/handwritten-envelope.ts), and invalid envelopes generated per second; the three
 * alternated over three rounds so that noise hits them alike; the ratios of the schema-driven rate to the
 * hand-written one and of the invalid rate to the valid one.
 */
export async function benchGenerate(): Promise<BenchResult[]> {
  const valid = generateAndValidate(arbitraryOf(ID));
  const byHand = generateAndValidate(handwrittenEnvelope);
  const invalid = generateInvalid(invalidArbitraryOf(ID));
  let ours = 0;
  let theirs = 0;
  let broken = 0;
  for (let round = 0; round < 3; round++) {
    ours += perSecond(COUNT, valid) / 3;
    theirs += perSecond(COUNT, byHand) / 3;
    broken += perSecond(COUNT, invalid) / 3;
  }
  return [
    { name: `generate+validate ${ID} (schema-driven)`, value: ours, unit: '/s' },
    { name: `generate+validate ${ID} (hand-written fc.record of the same shape)`, value: theirs, unit: '/s' },
    { name: 'schema-driven as a share of hand-written', value: ours / theirs, unit: 'x' },
    { name: `generate invalid ${ID}`, value: broken, unit: '/s' },
    { name: 'invalid as a share of valid', value: broken / ours, unit: 'x' },
  ];
}
