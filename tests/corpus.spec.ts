/**
 * The defect corpus, as data: the reference skill fails nothing, and each defective skill in
 * fixtures/skills/defects/ fails exactly the requirement it names plus the ones its `alsoFires` justifies.
 * Every run goes through the library face (runConformance), a few at once in child processes (corpus-pool.ts);
 * the defects of OVER_HTTP, and the reference once more, go over HTTP. A defect that replaces reference
 * parts (keeping their canHandle) runs with the families that reach those parts (reach.ts): the others
 * would answer exactly as the reference does, which the reference's own run here judges.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  AWAITING_DEFECTS,
  defectNames,
  fieldDefectNames,
  fieldSkillNames,
  loadDefect,
  OVER_HTTP,
  skillRequirementIds,
  type CorpusDefect,
} from '../fixtures/skills/corpus.js';
import { CorpusPool } from '../fixtures/skills/corpus-pool.js';
import { packageRoot } from '../src/schema/paths.js';

const names = defectNames();
const fieldSkills = fieldSkillNames();
// Loaded while collecting, so that a malformed defect file fails the meta test instead of the whole file.
const loaded = await Promise.all(
  [...names, ...fieldDefectNames()].map(
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
// A test may wait for runs queued before its own; on a busy machine that takes longer than the default.
test.describe.configure({ timeout: 300_000 });

/** Queues the runs from this test's on (undefined: the references' and the field skills' too), so that the pool never idles. */
function prefetch(from: string | undefined): void {
  if (from === undefined)
    for (const http of [false, true]) {
      pool.reference({ http }).catch(() => undefined);
      for (const skill of fieldSkills) pool.field(skill, { http }).catch(() => undefined);
    }
  const at = from === undefined ? 0 : corpus.findIndex((entry) => entry.name === from);
  for (const next of corpus.slice(at)) pool.defect(next).catch(() => undefined);
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

  test('there are at least four field skills, each with a defect of its own', () => {
    expect(fieldSkills.length).toBeGreaterThanOrEqual(4);
    const bare = fieldSkills.filter((skill) => !corpus.some((entry) => entry.name.startsWith(`field/${skill}/`)));
    expect(bare, 'write a defect in fixtures/skills/field/<skill>/defects/').toEqual([]);
  });

  test('a defect that exports its parts builds its handler from them', () => {
    // The corpus runs such a defect only with the families that reach the parts it changed (reach.ts).
    const astray = names.filter((name) => {
      const source = readFileSync(join(packageRoot(), 'fixtures', 'skills', 'defects', `${name}.ts`), 'utf8');
      return /^export const parts\b/m.test(source) && !/^export const handler = buildSkill\(parts\);$/m.test(source);
    });
    expect(astray).toEqual([]);
  });

  test('at least five defects run over HTTP, each one of the corpus', () => {
    expect([...OVER_HTTP].filter((name) => !corpus.some((entry) => entry.name === name))).toEqual([]);
    expect(OVER_HTTP.size).toBeGreaterThanOrEqual(5);
  });
});

// The runs, in one worker and in order, so that one pool serves them all and prefetch() queues exactly
// what this worker runs next; the reference's runs go first, as the ground the defects' runs stand on.
test.describe('runs', () => {
  test.describe.configure({ mode: 'default' });

  for (const http of [false, true]) {
    test(`the reference skill fails nothing ${http ? 'over HTTP' : 'in a worker thread'}`, async () => {
      prefetch(undefined);
      const result = await pool.reference({ http });
      expect(result.probes).toBeGreaterThan(0);
      expect(result.failing.map((id) => `${id}: ${result.evidence[id] ?? ''}`)).toEqual([]);
    });
  }

  // Field skills are written the way teams write them, each with its own model and config: every family, strict.
  for (const skill of fieldSkills) {
    for (const http of [false, true]) {
      test(`the field skill ${skill} fails nothing ${http ? 'over HTTP' : 'in a worker thread'}`, async () => {
        prefetch(undefined);
        const result = await pool.field(skill, { http });
        expect(result.probes).toBeGreaterThan(0);
        expect(result.failing.map((id) => `${id}: ${result.evidence[id] ?? ''}`)).toEqual([]);
      });
    }
  }

  for (const entry of corpus) {
    const { name, defect } = entry;
    test(`${name} trips ${defect.expects}`, async () => {
      prefetch(name);
      const outcome = await pool.defect(entry);
      const families = outcome.families?.join(', ') ?? 'every family';
      test.info().annotations.push({ type: 'run', description: `${outcome.transport}, ${families}, ${outcome.probes} probes, ${Math.round(outcome.ms)} ms` });
      expect(outcome.caught, `${name} must fail ${defect.expects}`).toBe(true);
      const unexpected = outcome.others.filter((o) => !o.justified).map((o) => `${o.id}: ${outcome.evidence[o.id] ?? ''}`);
      expect(unexpected, 'ids that fired without a line in alsoFires').toEqual([]);
      expect(outcome.silent, 'ids in alsoFires that did not fire').toEqual([]);
    });
  }
});
