/**
 * The handler target serves like Lambda: several single-request threads ("containers"), a user kept in one,
 * requests queued in a thread while it runs another. Each test states what a skill author can rely on.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BadInput } from '../src/bad-input.js';
import type { Exchange, OutboundCall } from '../src/targets/exchange.js';
import { HandlerTarget } from '../src/targets/handler.js';
import { ROOT } from './helpers/cli.js';

const SKILL = `${join(ROOT, 'tests', 'fixtures', 'pool-skill.mjs')}#handler`;

let serial = 0;
/** An IntentRequest from `user`; its requestId is its marker. */
function request(user: string, intent: string, slots: Record<string, string> = {}) {
  const requestId = `req-${++serial}`;
  return {
    version: '1.0',
    context: { System: { user: { userId: user } } },
    request: {
      type: 'IntentRequest',
      requestId,
      timestamp: '2026-01-01T00:00:00Z',
      locale: 'en-US',
      intent: { name: intent, slots: Object.fromEntries(Object.entries(slots).map(([name, value]) => [name, { name, value }])) },
    },
  };
}

interface Said {
  thread: number;
  user: string;
  count: number;
  marker: string;
}
const said = (exchange: Exchange): Said => {
  expect(exchange.error, 'the skill answered').toBeUndefined();
  const text = (exchange.body as { response: { outputSpeech: { text: string } } }).response.outputSpeech.text;
  return JSON.parse(text) as Said;
};
const markerOf = (exchange: Exchange): string => (exchange.request as { request: { requestId: string } }).request.requestId;

test('a slow request does not hold a request of another user', async () => {
  const target = HandlerTarget.fromSpec(SKILL);
  try {
    await target.start();
    const slow = target.send(request('slow-user', 'WaitIntent', { ms: '1500' }), { timeoutMs: 10_000 });
    const started = performance.now();
    const quick = await target.send(request('quick-user', 'HelpIntent'), { timeoutMs: 10_000 });
    const quickWall = performance.now() - started;
    expect(said(quick).user).toBe('quick-user');
    const slowExchange = await slow;
    // The quick one ran in a thread of its own (a cold start at most), not behind the 1.5 s wait.
    expect(said(quick).thread).not.toBe(said(slowExchange).thread);
    expect(quickWall).toBeLessThan(1500);
    expect(slowExchange.ms).toBeGreaterThanOrEqual(1400);
  } finally {
    await target.close();
  }
});

test('requests wait in the suite, not behind a slow one: a thread holds the request it runs and one more', async () => {
  const target = HandlerTarget.fromSpec(SKILL, process.cwd(), { threads: 2 });
  try {
    await target.start();
    const slow = target.send(request('slow-user', 'WaitIntent', { ms: '1500' }), { timeoutMs: 10_000 });
    let slowAnswered = false;
    void slow.then(() => (slowAnswered = true));
    // Twelve customers at once: handed out at once, about half would have queued behind the 1.5 s wait.
    const quick = await Promise.all(
      Array.from({ length: 12 }, (_, i) => target.send(request(`quick-${i}`, 'HelpIntent'), { timeoutMs: 10_000 }).then((exchange) => ({ exchange, late: slowAnswered }))),
    );
    const slowThread = said(await slow).thread;
    const behind = quick.filter((q) => q.late);
    // At most the one the slow thread took as its next before its request had run 50 ms.
    expect(behind.length).toBeLessThanOrEqual(1);
    for (const q of behind) expect(said(q.exchange).thread).toBe(slowThread);
  } finally {
    await target.close();
  }
});

test("a user's requests land in one thread, so module state kept per user counts on with other users in flight", async () => {
  const target = HandlerTarget.fromSpec(SKILL);
  try {
    await target.start();
    const users = ['ann', 'bob', 'cy', 'dee', 'eve', 'fay'];
    // Every user's three requests sent at once, interleaved with the others': the pool grows and pipelines.
    const rounds = await Promise.all(
      [0, 1, 2].flatMap(() => users.map((user) => target.send(request(user, 'WaitIntent', { ms: '5' }), { timeoutMs: 10_000 }))),
    );
    const byUser = new Map<string, Said[]>();
    for (const exchange of rounds) {
      const answer = said(exchange);
      byUser.set(answer.user, [...(byUser.get(answer.user) ?? []), answer]);
    }
    const threads = new Set<number>();
    for (const user of users) {
      const answers = byUser.get(user) ?? [];
      expect(answers.map((a) => a.count), user).toEqual([1, 2, 3]);
      expect(new Set(answers.map((a) => a.thread)).size, `${user} stays in one thread`).toBe(1);
      threads.add(answers[0]?.thread ?? -1);
    }
    expect(threads.size, 'the users were spread over several threads').toBeGreaterThan(1);
    expect(threads.size).toBeLessThanOrEqual(4);
  } finally {
    await target.close();
  }
});

test('a timeout ends only its thread, and the requests queued behind it are answered by another', async () => {
  const target = HandlerTarget.fromSpec(SKILL, process.cwd(), { threads: 4 });
  expect(target.concurrency).toBe(8);
  try {
    await target.start();
    const other = await target.send(request('bystander', 'WaitIntent', { ms: '1' }), { timeoutMs: 5_000 });
    // The bystander's thread is busy, so the looper gets a thread of its own.
    const meanwhile = target.send(request('bystander', 'WaitIntent', { ms: '600' }), { timeoutMs: 5_000 });
    const stuck = target.send(request('looper', 'LoopIntent'), { timeoutMs: 400 });
    // The same user: queued in the looping thread, never started there.
    const behind = [target.send(request('looper', 'HelpIntent'), { timeoutMs: 5_000 }), target.send(request('looper', 'HelpIntent'), { timeoutMs: 5_000 })];
    const timedOut = await stuck;
    expect(timedOut.timedOut).toBe(true);
    // A skill that hung once is probed a request at a time from then on: each hang costs a thread.
    expect(target.concurrency).toBe(1);
    expect(timedOut.error).toMatch(/no answer within 400 ms/);
    const [first, second] = (await Promise.all(behind)).map(said);
    expect(first?.count).toBe(1);
    expect(second?.count).toBe(2);
    expect(first?.thread).toBe(second?.thread);
    // The bystander's thread was not the one ended: its module state is intact.
    const stillThere = said(await meanwhile);
    expect(stillThere.thread).toBe(said(other).thread);
    expect(stillThere.count).toBe(2);
  } finally {
    await target.close();
  }
});

test('a queued request is timed from when its thread starts it, not from when it was queued', async () => {
  const target = HandlerTarget.fromSpec(SKILL, process.cwd(), { threads: 1 });
  try {
    await target.start();
    const slow = target.send(request('one', 'WaitIntent', { ms: '800' }), { timeoutMs: 5_000 });
    // With one thread, this waits 800 ms in its queue; its own limit of 500 ms counts from its start.
    const queued = target.send(request('two', 'WaitIntent', { ms: '50' }), { timeoutMs: 500 });
    const answer = await queued;
    expect(answer.timedOut ?? false).toBe(false);
    expect(said(answer).count).toBe(1);
    expect(answer.ms).toBeLessThan(500);
    expect((await slow).ms).toBeGreaterThanOrEqual(750);
  } finally {
    await target.close();
  }
});

test('console output and blocked calls land on the exchange that made them, with several in flight', async () => {
  const target = HandlerTarget.fromSpec(SKILL);
  try {
    await target.start();
    const users = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8'];
    const exchanges = await Promise.all(users.map((user) => target.send(request(user, 'TalkIntent'), { timeoutMs: 10_000 })));
    for (const exchange of exchanges) {
      const marker = markerOf(exchange);
      expect(said(exchange).marker).toBe(marker);
      expect(exchange.console).toBe(`talking for ${marker}\ndone for ${marker}\n`);
      expect(exchange.outbound.map((c) => c.url)).toEqual([`https://api.amazonalexa.com/v1/talk/${marker}`]);
      expect(exchange.outbound[0]?.blocked).toBe(true);
    }
    expect(target.takeStrayCalls()).toEqual([]);
  } finally {
    await target.close();
  }
});

test('a call the skill does not wait for is never filed with the request the thread runs next', async () => {
  const target = HandlerTarget.fromSpec(SKILL, process.cwd(), { threads: 1 });
  try {
    await target.start();
    // One customer, so both requests are in the one thread: the second starts the moment the first is answered and
    // is still running when the first one's call is refused; that call, told after its request was answered, is a
    // stray call.
    const [fired, next] = await Promise.all([target.send(request('u1', 'FireIntent'), { timeoutMs: 10_000 }), target.send(request('u1', 'WaitIntent', { ms: '100' }), { timeoutMs: 10_000 })]);
    expect(next!.outbound).toEqual([]);
    const strays: OutboundCall[] = [];
    const made = (): unknown[] => {
      strays.push(...target.takeStrayCalls().map((s) => s.call));
      return [...fired!.outbound, ...strays].map((c) => [c.url, c.blocked]);
    };
    await expect.poll(made).toEqual([[`http://api.amazonalexa.com/v1/fire/${markerOf(fired!)}`, true]]);
    expect(next!.outbound).toEqual([]);
  } finally {
    await target.close();
  }
});

test('the target keeps at most its threads, and as many requests in flight as it announces', async () => {
  const target = HandlerTarget.fromSpec(SKILL, process.cwd(), { threads: 2, pipeline: 3 });
  expect(target.concurrency).toBe(6);
  try {
    await target.start();
    const exchanges = await Promise.all(Array.from({ length: 12 }, (_, i) => target.send(request(`user-${i}`, 'WaitIntent', { ms: '20' }), { timeoutMs: 10_000 })));
    expect(new Set(exchanges.map((e) => said(e).thread)).size).toBe(2);
  } finally {
    await target.close();
  }
});

test('calls made while the module loads are recorded once per target, not once per thread', async () => {
  const target = HandlerTarget.fromSpec(`${join(ROOT, 'tests', 'fixtures', 'pool-loading-skill.mjs')}#handler`);
  try {
    await target.start();
    const exchanges = await Promise.all(Array.from({ length: 8 }, (_, i) => target.send(request(`user-${i}`, 'HelpIntent'), { timeoutMs: 10_000 })));
    const threads = new Set(exchanges.map((e) => (e.body as { response: { outputSpeech: { text: string } } }).response.outputSpeech.text));
    expect(threads.size, 'the pool grew, and every thread loaded the module').toBeGreaterThan(1);
    const stray = target.takeStrayCalls();
    expect(stray).toHaveLength(1);
    expect(stray[0]?.loading).toBe(true);
    expect(stray[0]?.call.url).toContain('/inSkillProducts');
  } finally {
    await target.close();
  }
});

test('a handler that cannot load is one line of bad input, as with one thread', async () => {
  const cases = [
    { spec: `${join(ROOT, 'tests', 'fixtures', 'pool-broken-skill.mjs')}#handler`, says: /^cannot load .*pool-broken-skill\.mjs: the product table is missing$/ },
    { spec: `${join(ROOT, 'tests', 'fixtures', 'handlers.mjs')}#notAFunction`, says: /^.*handlers\.mjs does not export a function named "notAFunction" \(it exports: .*\)$/ },
  ];
  for (const { spec, says } of cases) {
    const target = HandlerTarget.fromSpec(spec);
    try {
      const failure = await target.start().then(() => undefined, (err: unknown) => err);
      expect(failure).toBeInstanceOf(BadInput);
      expect((failure as Error).message).toMatch(says);
      // send() starts the target too, and says the same.
      await expect(target.send(request('any', 'HelpIntent'), { timeoutMs: 1_000 })).rejects.toThrow(says);
    } finally {
      await target.close();
    }
  }
});
