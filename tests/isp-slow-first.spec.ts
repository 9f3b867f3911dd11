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
import type { Exchange, Target } from '../src/targets/exchange.js';
import { openTarget } from '../src/targets/resolve.js';
import { UnitRunner } from '../src/run/unit-runner.js';
import { unitKey } from '../src/run/units.js';
import { MockServer } from '../src/mocks/server.js';

/** The family's result against the reference skill, and each exchange in the order it was sent. */
async function probe(family: Family): Promise<{ result: unknown; sent: Exchange[] }> {
  const options = resolveOptions({ seed: 3 });
  const target = await openTarget(options.target, options.cwd);
  const sent: Promise<Exchange>[] = [];
  const recording: Target = {
    kind: target.kind,
    location: target.location,
    get concurrency() {
      return target.concurrency;
    },
    send: (envelope, sendOptions) => {
      const exchange = target.send(envelope, sendOptions);
      sent.push(exchange);
      return exchange;
    },
    takeStrayCalls: () => target.takeStrayCalls?.() ?? [],
    close: () => Promise.resolve(),
  };
  try {
    const result = await withRun(options, (run) => runFamily(family, { run, target: recording }));
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

test('in a run of every family, the others start once the slow-service example waits: only its run was open when it was sent', async () => {
  const options = resolveOptions({ seed: 3 });
  const target = await openTarget(options.target, options.cwd);
  // Each unit is a run of its own, which opens its own mock APIs first: counting them counts the units started.
  let opened = 0;
  const start = MockServer.prototype.start;
  MockServer.prototype.start = function (this: MockServer, ...args: Parameters<MockServer['start']>) {
    opened++;
    return start.apply(this, args);
  };
  const sent: { exchange: Promise<Exchange>; opened: number }[] = [];
  const recording: Target = {
    kind: target.kind,
    location: target.location,
    get concurrency() {
      return target.concurrency;
    },
    send: (envelope, sendOptions) => {
      const exchange = target.send(envelope, sendOptions);
      sent.push({ exchange, opened });
      return exchange;
    },
    takeStrayCalls: () => target.takeStrayCalls?.() ?? [],
    close: () => Promise.resolve(),
  };
  try {
    const units = new UnitRunner(options, recording, true);
    units.startAll();
    await Promise.all(units.units.map((unit) => units.result(unitKey(unit))));
    const exchanges = await Promise.all(sent.map((s) => s.exchange));
    const slow = exchanges.findIndex((e) => e.ms >= 1_400);
    expect(slow, 'one request waited out the slow product service').toBeGreaterThanOrEqual(0);
    expect(sent[slow]?.opened, 'runs open when the slow request was sent').toBe(1);
    expect(opened, 'every unit ran').toBe(units.units.length);
  } finally {
    MockServer.prototype.start = start;
    await target.close();
  }
});
