import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runConformance } from '../src/run/conformance.js';
import { ROOT } from './helpers/cli.js';

const defect = (name: string): string => join(ROOT, 'dist', 'fixtures', 'skills', 'defects', `${name}.js`);
const config = join(ROOT, 'fixtures', 'skills', 'reference', 'conformance.json');

/** What a replay must reproduce: the request as generated, apart from what Alexa stamps at send time. */
function stable(request: unknown): unknown {
  return JSON.parse(
    JSON.stringify(request, (key, value: unknown) =>
      ['requestId', 'timestamp', 'apiAccessToken', 'apiEndpoint'].includes(key) ? undefined : value,
    ),
  ) as unknown;
}

for (const { name, id } of [
  { name: 'ssml-unescaped-slot', id: 'RSP-SSML' }, // a property family: the case is the shrunk value's fast-check path
  { name: 'resume-reads-code', id: 'RESUME-SILENT-ERROR' }, // a matrix family: the case is the matrix group
]) {
  test(`the case a ${id} violation names replays just that case (${name})`, async () => {
    test.setTimeout(120_000);
    const target = { handler: defect(name) };
    const first = await runConformance({ target, config, seed: 11, runs: 10, only: [id] });
    const violation = first.requirements.find((r) => r.id === id)?.violations[0];
    expect(violation?.case, 'the violation names its case').toBeTruthy();
    expect(violation?.replay).toContain(`--case ${violation?.case}`);
    const replay = await runConformance({ target, config, seed: 11, runs: 10, only: [id], case: violation?.case ?? '' });
    const again = replay.requirements.find((r) => r.id === id);
    expect(again?.status).toBe('fail');
    expect(replay.summary.probes).toBeLessThan(first.summary.probes);
    expect(again?.violations.map((v) => stable(v.request))).toContainEqual(stable(violation?.request));
  });
}
