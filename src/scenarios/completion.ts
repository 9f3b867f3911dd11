/** What Alexa sends a skill after a shopping hand-over: each task's directive schema says so in x-completion (schemas/README.md). */
import { TASK_SCHEMAS } from '../checks/tasks.js';
import type { ShoppingTask } from '../checks/types.js';
import { schemaById } from '../schema/registry.js';

export type Completion = 'SessionResumedRequest' | 'System.ExceptionEncountered';

export interface CompletionRule {
  /** The onCompletion values the rule covers; "absent" for a directive without one. */
  onCompletion: string[];
  request: Completion;
  source: { page: string; section: string };
  quote: string;
  inference?: string;
}

/** The x-completion rules of a task's directive schema. */
export function completionRules(task: ShoppingTask): CompletionRule[] {
  const rules = schemaById(TASK_SCHEMAS[task])['x-completion'];
  if (!Array.isArray(rules)) throw new Error(`schema ${TASK_SCHEMAS[task]} has no x-completion`);
  return rules as CompletionRule[];
}

/**
 * The request Alexa answers a hand-over of this task with, for the onCompletion the directive carries;
 * undefined for a value Alexa does not accept (the directive is then rejected and nothing follows it).
 */
export function completionOf(task: ShoppingTask, onCompletion: unknown): Completion | undefined {
  const value = onCompletion === undefined ? 'absent' : onCompletion;
  return completionRules(task).find((rule) => rule.onCompletion.includes(value as string))?.request;
}
