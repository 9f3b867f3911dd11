import fc from 'fast-check';
import { responseOf } from '../../checks/response-shape.js';
import { ASSOCIATES_RESULT, shoppingDirectives, type TaskDirective } from '../../checks/tasks.js';
import type { Entry, ShoppingTask } from '../../checks/types.js';
import type { Prober } from '../prober.js';
import { schemaById } from '../../schema/registry.js';
import { completionOf, type Completion } from '../completion.js';
import { envelope, openSession, visitArbitrary, type SessionState, type Visit } from '../envelope.js';
import type { MatrixCase, MatrixFamily } from '../family.js';
import { familySeed, type Plan } from '../plan.js';
import { runSteps } from '../steps.js';
import { configuredTasks } from './actions.js';
import { RESUME_SHARES } from './resume-shares.js';

type Result = { code: string; message: string } | undefined;

/** Success, each documented code with the page's message (the task-result schema's examples), and one unknown code. */
function resultsToProbe(): Result[] {
  const documented = (schemaById('shopping/task-result')['examples'] as { code: string; message: string }[]).map((r) => ({ ...r }));
  // No public source names the Associates result code; a made-up code with its documented message probes
  // what a skill does with a code it has never seen.
  return [undefined, ...documented, { ...ASSOCIATES_RESULT }];
}

const STATUSES: Record<string, string> = { '200': 'OK', '400': 'Bad Request', '403': 'Forbidden', '404': 'Not Found', '500': 'Internal Server Error' };
const TOKEN_MODES = ['issued', 'unknown', 'absent'] as const;
const SESSION_MODES = ['continued', 'fresh'] as const;

interface Cell {
  result: Result;
  status: string;
}

const cells = (): Cell[] => resultsToProbe().flatMap((result) => Object.keys(STATUSES).map((status) => ({ result, status })));

const cellLabel = (task: ShoppingTask, cell: Cell, token: string, session: string): string =>
  `resume ${task} ${cell.result?.code ?? 'success'} status ${cell.status} token ${token} session ${session}`;

/** A hand-over as one session of steps, and what Alexa sends after it (nothing without the task's StartConnection). */
interface HandedOver {
  entries: Entry[];
  state: SessionState;
  directive?: TaskDirective;
  completion?: Completion;
}

async function handOver(plan: Plan, task: ShoppingTask, visit: Visit, prober: Prober, label: string): Promise<HandedOver> {
  const flow = plan.config.actions?.[task];
  if (!flow) return { entries: [], state: openSession(visit) };
  const { entries, state } = await runSteps(flow, visit, openSession(visit), prober, `${label}:`, 'handover', { task });
  const last = entries[entries.length - 1];
  const directive = last ? shoppingDirectives(last.exchange.body).find((d) => d.task === task) : undefined;
  if (!directive) return { entries, state };
  const completion = completionOf(task, directive.directive['onCompletion']);
  return { entries, state, directive, ...(completion ? { completion } : {}) };
}

/**
 * Runs `count` cells, each its own hand-over; the first alone, so that a task whose hand-over Alexa does
 * not answer with `expected` costs one hand-over, not the whole group.
 */
async function cellsAfter(
  expected: Completion,
  count: number,
  run: (i: number) => Promise<{ handedOver: HandedOver; rest?: () => Promise<Entry[]> }>,
): Promise<Entry[][]> {
  const follow = async (i: number): Promise<{ entries: Entry[]; followed: boolean }> => {
    const { handedOver, rest } = await run(i);
    if (handedOver.completion !== expected || !rest) return { entries: handedOver.entries, followed: false };
    return { entries: await rest(), followed: true };
  };
  const first = await follow(0);
  if (!first.followed) return [first.entries];
  const others = await Promise.all(Array.from({ length: count - 1 }, async (_, i) => (await follow(i + 1)).entries));
  return [first.entries, ...others];
}

/**
 * One group of the resume matrix: every result and status for one task, token mode and session mode.
 * Each cell is its own session (a fresh hand-over, then the resume), so a skill that keeps state per
 * session sees what Alexa would send it; the group is one trace, so differential checks can compare
 * a failed result with success. Only a hand-over Alexa resumes (x-completion) is followed by a resume.
 */
function group(plan: Plan, task: ShoppingTask, token: (typeof TOKEN_MODES)[number], session: (typeof SESSION_MODES)[number]): MatrixCase {
  const id = `resume:${task}/token-${token}/session-${session}`;
  return {
    id,
    run: async (prober) => {
      if (!plan.config.actions?.[task]) return [];
      const matrix = cells();
      const visits = fc.sample(visitArbitrary(plan), { seed: familySeed(plan.seed, id), numRuns: matrix.length * 2 });
      const runs = await cellsAfter('SessionResumedRequest', matrix.length, async (i) => {
        const cell = matrix[i] as Cell;
        const visit = visits[2 * i] as Visit;
        const label = cellLabel(task, cell, token, session);
        const handedOver = await handOver(plan, task, visit, prober, label);
        const issued = handedOver.directive?.directive['token'];
        if (token === 'issued' && typeof issued !== 'string') return { handedOver };
        const rest = async (): Promise<Entry[]> => {
          const cause: Record<string, unknown> = { type: 'ConnectionCompleted', status: { code: cell.status, message: STATUSES[cell.status] } };
          if (token === 'issued') cause['token'] = issued;
          if (token === 'unknown') cause['token'] = `unknown-token-${i}`;
          if (cell.result) cause['result'] = cell.result;
          const state: SessionState =
            session === 'continued' ? handedOver.state : openSession({ ...visit, session: (visits[2 * i + 1] as Visit).session });
          const exchange = await prober.send(envelope(prober.ids, visit, state, { type: 'SessionResumedRequest', cause }));
          const resumed: Entry = {
            label,
            role: 'resume',
            exchange,
            meta: { task, statusCode: cell.status, ...(cell.result ? { result: cell.result } : {}), token, session },
          };
          return [...handedOver.entries, resumed];
        };
        return { handedOver, rest };
      });
      // Index the trace: each resume knows its hand-over and, for a failed result or status, the success to compare with.
      const entries = runs.flat();
      const successAt = entries.findIndex((e) => e.role === 'resume' && !e.meta.result && e.meta.statusCode === '200');
      let handoverAt: number | undefined;
      entries.forEach((entry, at) => {
        if (entry.role === 'handover') handoverAt = at;
        if (entry.role !== 'resume') return;
        entry.meta.handoverAt = handoverAt;
        if ((entry.meta.result || entry.meta.statusCode !== '200') && successAt >= 0) entry.meta.successAt = successAt;
      });
      return entries;
    },
  };
}

/** Each error.type of System.ExceptionEncountered (ask-sdk-model interfaces.system.ErrorType). */
export const CONNECTION_ERRORS = ['INVALID_RESPONSE', 'DEVICE_COMMUNICATION_ERROR', 'INTERNAL_SERVICE_ERROR'] as const;

/**
 * The connection failure of a hand-over Alexa answers only on error (x-completion: Recommend, and any
 * SEND_ERRORS_ONLY hand-over): System.ExceptionEncountered of each error.type, its cause.requestId the
 * request whose response carried the StartConnection. It arrives in the hand-over's session, which the
 * skill left open; a hand-over that ended the session (shouldEndSession true) gets it outside a session.
 */
function connectionFailure(plan: Plan, task: ShoppingTask): MatrixCase {
  const id = `resume:${task}/connection-failure`;
  return {
    id,
    run: async (prober) => {
      if (!plan.config.actions?.[task]) return [];
      const visits = fc.sample(visitArbitrary(plan), { seed: familySeed(plan.seed, id), numRuns: CONNECTION_ERRORS.length });
      const runs = await cellsAfter('System.ExceptionEncountered', CONNECTION_ERRORS.length, async (i) => {
        const type = CONNECTION_ERRORS[i] as (typeof CONNECTION_ERRORS)[number];
        const visit = visits[i] as Visit;
        const label = `connection failure ${task} ${type}`;
        const handedOver = await handOver(plan, task, visit, prober, label);
        const rest = async (): Promise<Entry[]> => {
          const last = handedOver.entries[handedOver.entries.length - 1];
          const sent = (last?.exchange.request as { request?: { requestId?: unknown } } | undefined)?.request?.requestId;
          const ended = responseOf(last?.exchange.body)?.['shouldEndSession'] === true;
          const state: SessionState = { ...handedOver.state, inSession: !ended };
          const request = {
            type: 'System.ExceptionEncountered',
            error: { type, message: `The ${task} connection failed: ${type}` },
            cause: { requestId: sent },
          };
          const exchange = await prober.send(envelope(prober.ids, visit, state, request));
          const failure: Entry = { label: `${label}${ended ? ' outside the session' : ''}`, role: 'exception', exchange, meta: { task } };
          return [...handedOver.entries, failure];
        };
        return { handedOver, rest };
      });
      const entries = runs.flat();
      let handoverAt: number | undefined;
      entries.forEach((entry, at) => {
        if (entry.role === 'handover') handoverAt = at;
        if (entry.role === 'exception') entry.meta.handoverAt = handoverAt;
      });
      return entries;
    },
  };
}

/**
 * What Alexa sends after each configured task's hand-over: the resume matrix (task x result
 * x status x token x session) when the hand-over asks to be resumed, the connection failure when it asks
 * for errors only. Which one is the skill's own onCompletion, read by x-completion.
 */
export const resume: MatrixFamily = {
  kind: 'matrix',
  name: 'resume',
  skip: (plan) => (configuredTasks(plan).length ? undefined : 'the config declares no actions, so no task hands over and none resumes'),
  cases: (plan) =>
    configuredTasks(plan).flatMap((task) => [
      ...TOKEN_MODES.flatMap((token) => SESSION_MODES.map((session) => group(plan, task, token, session))),
      connectionFailure(plan, task),
    ]),
  shares: RESUME_SHARES,
};
