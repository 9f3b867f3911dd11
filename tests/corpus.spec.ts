/**
 * The defect corpus, as data: the reference skill fails nothing, and each defective skill in
 * fixtures/skills/defects/ fails exactly the requirement it names plus the ones its `alsoFires` justifies.
 * Every run goes through the library face (runConformance), a few at once in child processes (corpus-pool.ts);
 * the defects of OVER_HTTP, and the reference once more, go over HTTP.
 */
import { expect, test } from '@playwright/test';
import { AWAITING_DEFECTS, defectNames, loadDefect, OVER_HTTP, skillRequirementIds, type CorpusDefect } from '../fixtures/skills/corpus.js';
import { CorpusPool } from '../fixtures/skills/corpus-pool.js';

const names = defectNames();
// Loaded while collecting, so that a malformed defect file fails the meta test instead of the whole file.
const loaded = await Promise.all(
  names.map(
    (name): Promise<{ name: string; entry?: CorpusDefect; error?: string }> =>
      loadDefect(name).then(
        (entry) => ({ name, entry }),
        (error: unknown) => ({ name, error: error instanceof Error ? error.message : String(error) }),
      ),
  ),
);
const corpus = loaded.flatMap(({ entry }) => (entry ? [entry] : []));

const pool = new CorpusPool();
test.afterAll(() => pool.close());

/** Starts the next few defects while this one runs: this worker most likely runs them next. */
function prefetch(after: string): void {
  const at = corpus.findIndex((entry) => entry.name === after);
  for (const next of corpus.slice(at + 1, at + pool.size)) pool.defect(next.name).catch(() => undefined);
}

test.describe('corpus meta', () => {
  test('every defect file loads and states expects, title and alsoFires', () => {
    expect(loaded.filter((l) => l.error).map((l) => l.error)).toEqual([]);
  });

  test('every defect names requirements a skill is judged by', () => {
    const known = skillRequirementIds();
    const unknown = corpus.flatMap(({ name, defect }) =>
      [defect.expects, ...Object.keys(defect.alsoFires)].filter((id) => !known.has(id)).map((id) => `${name}: ${id}`),
    );
    expect(unknown).toEqual([]);
    const selfFiring = corpus.filter(({ defect }) => defect.expects in defect.alsoFires).map(({ name }) => name);
    expect(selfFiring, 'alsoFires lists the other ids, not the expected one').toEqual([]);
  });

  test('every requirement a skill is judged by has a defect', () => {
    const covered = new Set(corpus.map(({ defect }) => defect.expects));
    const uncovered = [...skillRequirementIds()].filter((id) => !covered.has(id) && !AWAITING_DEFECTS.has(id));
    expect(uncovered, 'write a defect in fixtures/skills/defects/ for each').toEqual([]);
  });

  test('the requirements awaiting defects are in the catalog and still without one', () => {
    const known = skillRequirementIds();
    const covered = new Set(corpus.map(({ defect }) => defect.expects));
    expect([...AWAITING_DEFECTS].filter((id) => !known.has(id)), 'not in the catalog').toEqual([]);
    expect([...AWAITING_DEFECTS].filter((id) => covered.has(id)), 'has a defect now: delete it from AWAITING_DEFECTS').toEqual([]);
  });

  test('at least five defects run over HTTP, each one of the corpus', () => {
    expect([...OVER_HTTP].filter((name) => !names.includes(name))).toEqual([]);
    expect(OVER_HTTP.size).toBeGreaterThanOrEqual(5);
  });
});

test.describe('reference skill', () => {
  for (const http of [false, true]) {
    test(`fails nothing ${http ? 'over HTTP' : 'in a worker thread'}`, async () => {
      if (!http) void pool.reference({ http: true }).catch(() => undefined);
      const result = await pool.reference({ http });
      expect(result.probes).toBeGreaterThan(0);
      expect(result.failing.map((id) => `${id}: ${result.evidence[id] ?? ''}`)).toEqual([]);
    });
  }
});

test.describe('defect', () => {
  // In order, in one worker: prefetch() then starts what this worker runs next.
  test.describe.configure({ mode: 'default' });
  for (const { name, defect } of corpus) {
    test(`${name} trips ${defect.expects}`, async () => {
      prefetch(name);
      const outcome = await pool.defect(name);
      test.info().annotations.push({ type: 'target', description: `${outcome.transport}, ${outcome.probes} probes, ${Math.round(outcome.ms)} ms` });
      expect(outcome.caught, `${name} must fail ${defect.expects}`).toBe(true);
      const unexpected = outcome.others.filter((o) => !o.justified).map((o) => `${o.id}: ${outcome.evidence[o.id] ?? ''}`);
      expect(unexpected, 'ids that fired without a line in alsoFires').toEqual([]);
      expect(outcome.silent, 'ids in alsoFires that did not fire').toEqual([]);
    });
  }
});
