/**
 * The resume family sends only what Alexa sends after a hand-over: the SessionResumedRequest matrix after a
 * RESUME_SESSION (or no onCompletion) hand-over of cart, buy or list; System.ExceptionEncountered for the
 * connection failure after Recommend and after any SEND_ERRORS_ONLY hand-over. Driven through a scripted
 * target, so each test states the skill's answer and reads exactly what the family sent.
 */
import { expect, test } from '@playwright/test';
import type { Entry, ShoppingTask } from '../src/checks/types.js';
import { Prober } from '../src/scenarios/prober.js';
import { completionOf, completionRules } from '../src/scenarios/completion.js';
import { CONNECTION_ERRORS, resume } from '../src/scenarios/families/resume.js';
import { RequestIds } from '../src/scenarios/envelope.js';
import type { Plan } from '../src/scenarios/plan.js';
import type { Exchange, Target } from '../src/targets/exchange.js';

const TASKS: ShoppingTask[] = ['AddToShoppingCart', 'BuyShoppingProducts', 'AddToList', 'RecommendShoppingProducts'];
const INTENT: Record<ShoppingTask, string> = {
  AddToShoppingCart: 'CartIntent',
  BuyShoppingProducts: 'BuyIntent',
  AddToList: 'ListIntent',
  RecommendShoppingProducts: 'RecommendIntent',
};

function plan(tasks: ShoppingTask[]): Plan {
  return {
    config: { actions: Object.fromEntries(tasks.map((task) => [task, { steps: [{ intent: INTENT[task] }] }])) },
    configDir: '.',
    seed: 3,
    runs: 1,
    timeoutMs: 2000,
    apiEndpoint: 'http://127.0.0.1:9',
    now: new Date('2026-01-01T00:00:00Z'),
    locales: ['en-US'],
    applicationId: 'amzn1.ask.skill.00000000-0000-4000-8000-000000000000',
  };
}

type Request = { request: { type: string; requestId: string; intent?: { name: string } } & Record<string, unknown>; session?: { sessionId: string } };

/** A target that answers with `answer`, and remembers every envelope it was sent. */
function scripted(answer: (envelope: Request) => unknown): { target: Target; sent: Request[] } {
  const sent: Request[] = [];
  const target: Target = {
    kind: 'handler',
    location: 'scripted',
    concurrency: 1,
    send: (envelope): Promise<Exchange> => {
      sent.push(envelope as Request);
      return Promise.resolve({ request: envelope, status: 200, body: answer(envelope as Request), bytes: 0, ms: 1, outbound: [] });
    },
    close: () => Promise.resolve(),
  };
  return { target, sent };
}

/** A skill that hands each task over with this onCompletion (undefined: none), beside this shouldEndSession. */
const handingOver = (onCompletion: string | undefined, shouldEndSession?: boolean) => (envelope: Request) => {
  const intent = envelope.request.intent?.name;
  const task = TASKS.find((t) => INTENT[t] === intent);
  if (!task) return { version: '1.0', response: {} };
  const directive = {
    type: 'Connections.StartConnection',
    uri: `connection://AMAZON.${task}/1`,
    input: { products: [{ asin: 'B07D4XK2ZM' }], ...(task === 'AddToList' ? { listType: 'WISHLIST' } : {}) },
    token: `token-${task}`,
    ...(onCompletion ? { onCompletion } : {}),
  };
  return { version: '1.0', response: { directives: [directive], ...(shouldEndSession === undefined ? {} : { shouldEndSession }) } };
};

/** Every case of the family, in order; each case's entries are its trace (meta indexes point into it). */
async function runAll(tasks: ShoppingTask[], answer: (envelope: Request) => unknown): Promise<{ traces: Entry[][]; entries: Entry[]; sent: Request[] }> {
  const { target, sent } = scripted(answer);
  const prober = new Prober(target, { timeoutMs: 2000, ids: new RequestIds() });
  const p = plan(tasks);
  const traces: Entry[][] = [];
  for (const c of resume.cases(p)) traces.push(await c.run(prober, p));
  return { traces, entries: traces.flat(), sent };
}

const typesSent = (sent: Request[]): string[] => [...new Set(sent.map((e) => e.request.type))].sort();

test.describe('x-completion', () => {
  test('each task says which request follows each onCompletion, with the sentence of the page', () => {
    expect(TASKS.map((task) => [task, completionOf(task, undefined), completionOf(task, 'RESUME_SESSION'), completionOf(task, 'SEND_ERRORS_ONLY')])).toEqual([
      ['AddToShoppingCart', 'SessionResumedRequest', 'SessionResumedRequest', 'System.ExceptionEncountered'],
      ['BuyShoppingProducts', 'SessionResumedRequest', 'SessionResumedRequest', 'System.ExceptionEncountered'],
      ['AddToList', 'SessionResumedRequest', 'SessionResumedRequest', 'System.ExceptionEncountered'],
      ['RecommendShoppingProducts', 'System.ExceptionEncountered', 'System.ExceptionEncountered', 'System.ExceptionEncountered'],
    ]);
    for (const task of TASKS) {
      for (const rule of completionRules(task)) {
        expect(rule.quote.length, `${task}: a quote`).toBeGreaterThan(20);
        expect(rule.source.page).toMatch(/Alexa Shopping Actions/);
      }
    }
    expect(completionOf('AddToShoppingCart', 'resume_session')).toBeUndefined();
  });
});

test.describe('what follows a hand-over', () => {
  test('Recommend with SEND_ERRORS_ONLY gets each connection failure once, and no SessionResumedRequest', async () => {
    const { traces, entries, sent } = await runAll(['RecommendShoppingProducts'], handingOver('SEND_ERRORS_ONLY'));
    expect(typesSent(sent)).toEqual(['IntentRequest', 'System.ExceptionEncountered']);
    const trace = traces.find((t) => t.some((e) => e.role === 'exception')) ?? [];
    const failures = trace.filter((e) => e.role === 'exception');
    expect(entries.filter((e) => e.role === 'exception')).toHaveLength(failures.length);
    expect(failures.map((e) => (e.exchange.request as Request).request['error'])).toEqual(
      CONNECTION_ERRORS.map((type) => ({ type, message: expect.any(String) as unknown })),
    );
    for (const failure of failures) {
      const handover = trace[failure.meta.handoverAt ?? -1];
      expect(handover?.role).toBe('handover');
      const handed = handover?.exchange.request as Request;
      const request = failure.exchange.request as Request;
      expect(request.request['cause']).toEqual({ requestId: handed.request.requestId });
      expect(request.session?.sessionId).toBe(handed.session?.sessionId);
    }
    // One hand-over per matrix group tells the family the task is not resumed: six, not 210.
    expect(sent.filter((e) => e.request.type === 'IntentRequest')).toHaveLength(6 + CONNECTION_ERRORS.length);
  });

  test('Recommend asking to be resumed still gets only the connection failure: the page says Alexa answers Recommend only then', async () => {
    const { sent } = await runAll(['RecommendShoppingProducts'], handingOver('RESUME_SESSION'));
    expect(typesSent(sent)).toEqual(['IntentRequest', 'System.ExceptionEncountered']);
  });

  test('a hand-over that ended the session gets its connection failure outside a session', async () => {
    const { entries } = await runAll(['BuyShoppingProducts'], handingOver('SEND_ERRORS_ONLY', true));
    const failures = entries.filter((e) => e.role === 'exception');
    expect(failures).toHaveLength(CONNECTION_ERRORS.length);
    for (const failure of failures) expect((failure.exchange.request as Request).session).toBeUndefined();
  });

  for (const onCompletion of ['RESUME_SESSION', undefined]) {
    test(`cart, buy and list with onCompletion ${onCompletion ?? 'absent'} get the resume matrix and no System.ExceptionEncountered`, async () => {
      const tasks: ShoppingTask[] = ['AddToShoppingCart', 'BuyShoppingProducts', 'AddToList'];
      const { entries, sent } = await runAll(tasks, handingOver(onCompletion));
      expect(typesSent(sent)).toEqual(['IntentRequest', 'SessionResumedRequest']);
      for (const task of tasks) expect(entries.filter((e) => e.role === 'resume' && e.meta.task === task)).toHaveLength(6 * 35);
    });
  }

  test('cart with SEND_ERRORS_ONLY gets the connection failure instead of the matrix', async () => {
    const { entries, sent } = await runAll(['AddToShoppingCart'], handingOver('SEND_ERRORS_ONLY'));
    expect(typesSent(sent)).toEqual(['IntentRequest', 'System.ExceptionEncountered']);
    expect(entries.filter((e) => e.role === 'exception')).toHaveLength(CONNECTION_ERRORS.length);
  });

  test('steps that end without the StartConnection are followed by nothing, as Alexa has nothing to follow', async () => {
    const { sent } = await runAll(['AddToList'], () => ({ version: '1.0', response: { outputSpeech: { type: 'PlainText', text: 'Which one?' } } }));
    expect(typesSent(sent)).toEqual(['IntentRequest']);
  });
});
