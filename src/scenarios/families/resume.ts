import fc from 'fast-check';
import { shoppingDirectives } from '../../checks/tasks.js';
import type { Entry, ShoppingTask } from '../../checks/types.js';
import { schemaById } from '../../schema/registry.js';
import { envelope, openSession, visitArbitrary, type SessionState, type Visit } from '../envelope.js';
import type { MatrixCase, MatrixFamily } from '../family.js';
import { familySeed, type Plan } from '../plan.js';
import { runSteps } from '../steps.js';
import { configuredTasks } from './actions.js';

type Result = { code: string; message: string } | undefined;

/** Success, each documented code with the page's message (the task-result schema's examples), and one unknown code. */
export function resultsToProbe(): Result[] {
  const documented = (schemaById('shopping/task-result')['examples'] as { code: string; message: string }[]).map((r) => ({ ...r }));
  // No public source names the Associates result code; a made-up code with its documented message probes
  // what a skill does with a code it has never seen.
  const unknown = { code: 'AlexaShopping.AssociatesParameterInvalid', message: 'Associates parameter invalid, please check.' };
  return [undefined, ...documented, unknown];
}

const STATUSES: Record<string, string> = { '200': 'OK', '400': 'Bad Request', '403': 'Forbidden', '404': 'Not Found', '500': 'Internal Server Error' };
export const TOKEN_MODES = ['issued', 'unknown', 'absent'] as const;
export const SESSION_MODES = ['continued', 'fresh'] as const;

interface Cell {
  result: Result;
  status: string;
}

const cells = (): Cell[] => resultsToProbe().flatMap((result) => Object.keys(STATUSES).map((status) => ({ result, status })));

const cellLabel = (task: ShoppingTask, cell: Cell, token: string, session: string): string =>
  `resume ${task} ${cell.result?.code ?? 'success'} status ${cell.status} token ${token} session ${session}`;

/**
 * One group of the resume matrix: every result and status for one task, token mode and session mode.
 * Each cell is its own session (a fresh hand-over, then the resume), so a skill that keeps state per
 * session sees what Alexa would send it; the group is one trace, so differential checks can compare
 * a failed result with success.
 */
function group(plan: Plan, task: ShoppingTask, token: (typeof TOKEN_MODES)[number], session: (typeof SESSION_MODES)[number]): MatrixCase {
  const id = `resume:${task}/token-${token}/session-${session}`;
  return {
    id,
    run: async (probe) => {
      const flow = plan.config.actions?.[task];
      if (!flow) return [];
      const matrix = cells();
      const visits = fc.sample(visitArbitrary(plan), { seed: familySeed(plan.seed, id), numRuns: matrix.length * 2 });
      const runs = await Promise.all(
        matrix.map(async (cell, i): Promise<Entry[]> => {
          const visit = visits[2 * i] as Visit;
          const label = cellLabel(task, cell, token, session);
          const handover = await runSteps(flow, visit, openSession(visit), probe, `${label}:`, 'handover', { task });
          const last = handover.entries[handover.entries.length - 1];
          const directive = last ? shoppingDirectives(last.exchange.body).find((d) => d.task === task) : undefined;
          if (token === 'issued' && typeof directive?.directive['token'] !== 'string') return handover.entries;
          const cause: Record<string, unknown> = { type: 'ConnectionCompleted', status: { code: cell.status, message: STATUSES[cell.status] } };
          if (token === 'issued') cause['token'] = directive?.directive['token'];
          if (token === 'unknown') cause['token'] = `unknown-token-${i}`;
          if (cell.result) cause['result'] = cell.result;
          const state: SessionState =
            session === 'continued' ? handover.state : openSession({ ...visit, session: (visits[2 * i + 1] as Visit).session });
          const exchange = await probe.send(envelope(visit, state, { type: 'SessionResumedRequest', cause }));
          const resumed: Entry = {
            label,
            role: 'resume',
            exchange,
            meta: { task, statusCode: cell.status, ...(cell.result ? { result: cell.result } : {}), token, session },
          };
          return [...handover.entries, resumed];
        }),
      );
      // Index the trace: each resume knows its hand-over and, for a failed result, the success to compare with.
      const entries = runs.flat();
      const successAt = entries.findIndex((e) => e.role === 'resume' && !e.meta.result && e.meta.statusCode === '200');
      let handoverAt: number | undefined;
      entries.forEach((entry, at) => {
        if (entry.role === 'handover') handoverAt = at;
        if (entry.role !== 'resume') return;
        entry.meta.handoverAt = handoverAt;
        if (entry.meta.result && successAt >= 0) entry.meta.successAt = successAt;
      });
      return entries;
    },
  };
}

/** The resume matrix of DESIGN.md: task x result x status x token x session. */
export const resume: MatrixFamily = {
  kind: 'matrix',
  name: 'resume',
  requirements: ['RESUME-HANDLED', 'RESUME-DISTINGUISHES-RESULT', 'RESUME-SILENT-ERROR', 'RESUME-NO-RETRY-LOOP', 'RESUME-CONTINUES'],
  skip: (plan) => (configuredTasks(plan).length ? undefined : 'the config declares no actions, so no task hands over and none resumes'),
  cases: (plan) => configuredTasks(plan).flatMap((task) => TOKEN_MODES.flatMap((token) => SESSION_MODES.map((session) => group(plan, task, token, session)))),
};
