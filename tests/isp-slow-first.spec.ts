/**
 * The product service answering late costs a skill its own guard time (the reference's 1.5 s). The isp family
 * probes that example before all others, and a run starts its other families once that probe waits, so the wait
 * overlaps the rest of the run; it is judged in its place.
 */
import { expect, test } from '@playwright/test';
import { withRun } from '../src/run/context.js';
import { runFamily } from '../src/run/family-run.js';
import { resolveOptions } from '../src/run/options.js';
import { isp } from '../src/scenarios/families/isp.js';
import type { Family } from '../src/scenarios/family.js';
import type { Exchange } from '../src/targets/exchange.js';
import { recording } from './helpers/recording.js';
import { openTarget } from '../src/targets/resolve.js';
import { UnitRunner } from '../src/run/unit-runner.js';
import { unitKey } from '../src/run/units.js';
import { MockServer } from '../src/mocks/server.js';

/** The family's result against the reference skill, and each exchange in the order it was sent. */
async function probe(family: Family): Promise<{ result: unknown; sent: Exchange[] }> {
  const options = resolveOptions({ seed: 3 });
  const target = await openTarget(options.target, options.cwd);
  const sent: Promise<Exchange>[] = [];
  try {
    const result = await withRun(options, (run) => runFamily(family, { run, target: recording(target, (_, exchange) => sent.push(exchange)) }));
    return { result, sent: await Promise.all(sent) };
  } finally {
    await target.close();
  }
}

test("the slow-service example is the first request the isp family sends, and the family's result is the same", async () => {
  const first = await probe(isp);
  const slow = first.sent.filter((e) => e.ms >= 1_400);
  expect(slow, 'one request waited out the slow product service').toHaveLength(1);
  expect(first.sent[0]).toBe(slow[0]);
  // Without starting it first, the example is probed in its turn: the same verdicts, counts and cases.
  const inTurn = await probe({ ...isp, startsFirst: undefined });
  expect(inTurn.sent[0]?.ms).toBeLessThan(1_400);
  expect(first.result).toEqual(inTurn.result);
});

test('in a run of every family the others start once the slow-service example waits, and the isp family goes on once they have started', async () => {
  const options = resolveOptions({ seed: 3 });
  const target = await openTarget(options.target, options.cwd);
  // Each unit is a run of its own with its own mock APIs, started first: the order they start in numbers the units
  // (the isp family's is 0), and each probe names a lane of its unit's mock APIs as its apiEndpoint.
  const servers: MockServer[] = [];
  const unitOfLane = new Map<string, number>();
  const { start, lane } = MockServer.prototype;
  MockServer.prototype.start = function (this: MockServer, ...args: Parameters<MockServer['start']>) {
    servers.push(this);
    return start.apply(this, args);
  };
  MockServer.prototype.lane = async function (this: MockServer, ...args: Parameters<MockServer['lane']>) {
    const url = await lane.apply(this, args);
    unitOfLane.set(url, servers.indexOf(this));
    return url;
  };
  const sent: { unit: number; user: string; opened: number; exchange: Promise<Exchange> }[] = [];
  const recorded = recording(target, ({ context: { System } }, exchange) => {
    sent.push({ unit: unitOfLane.get(System.apiEndpoint) ?? -1, user: System.user.userId, opened: servers.length, exchange });
  });
  try {
    const units = new UnitRunner(options, recorded, true);
    units.startAll();
    await Promise.all(units.units.map((unit) => units.result(unitKey(unit))));
    const exchanges = await Promise.all(sent.map((s) => s.exchange));
    const slow = exchanges.findIndex((e) => e.ms >= 1_400);
    expect(slow, 'one request waited out the slow product service').toBeGreaterThanOrEqual(0);
    const held = sent[slow]!;
    expect(held.unit, 'the slow request is the isp family\'s').toBe(0);
    expect(held.opened, 'runs open when the slow request was sent').toBe(1);
    // The isp family's other requests wait until every other unit that probes has sent its first one.
    const firsts = new Map<number, number>();
    sent.forEach((s, i) => firsts.has(s.unit) || firsts.set(s.unit, i));
    const othersStarted = Math.max(...[...firsts].filter(([unit]) => unit !== 0).map(([, i]) => i));
    const early = sent.filter((s, i) => s.unit === 0 && s.user !== held.user && i < othersStarted);
    expect(early, 'isp requests sent while other units were starting').toEqual([]);
    expect(servers.length, 'every unit ran').toBe(units.units.length);
  } finally {
    Object.assign(MockServer.prototype, { start, lane });
    await target.close();
  }
});
