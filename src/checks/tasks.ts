import { validate, type SchemaError } from '../schema/ajv.js';
import { describeError, requirementOf } from '../schema/route.js';
import { type Json, startConnections } from './response-shape.js';
import { SHOPPING_TASKS, type ShoppingTask } from './types.js';
import { distance } from '../config/distance.js';
import { memoized } from './memo.js';

/** The schema of each task's StartConnection. */
export const TASK_SCHEMAS: Record<ShoppingTask, string> = {
  AddToShoppingCart: 'shopping/add-to-cart-directive',
  BuyShoppingProducts: 'shopping/buy-directive',
  AddToList: 'shopping/add-to-list-directive',
  RecommendShoppingProducts: 'shopping/recommend-directive',
};

/** The uri of each shopping task, as the API reference writes it. */
/**
 * The Associates result: "An attribution parameter is invalid and the shopping action wasn't attributed to your
 * Associates account. Important: This issue doesn't impact the requested shopping action" (Alexa Shopping Actions
 * API Reference, Response). The page's table lost the code's string; the suite names it, so to a skill it is also
 * a code it has never seen.
 */
export const ASSOCIATES_RESULT = { code: 'AlexaShopping.AssociatesParameterInvalid', message: 'Associates parameter invalid, please check.' } as const;

export const SHOPPING_TASK_URIS: readonly string[] = SHOPPING_TASKS.map((task) => `connection://AMAZON.${task}/1`);

/** The task a name in a uri is, or is within two edits of; matched once per name (a skill names the same few). */
const nearestTask = memoized((named: string): ShoppingTask | undefined => {
  let best: { task: ShoppingTask; d: number } | undefined;
  for (const task of SHOPPING_TASKS) {
    const d = distance(named, task.toLowerCase());
    if (d <= 2 && (!best || d < best.d)) best = { task, d };
  }
  return best?.task;
}, 1_000);

/**
 * The shopping task a StartConnection means, read leniently from its uri (any scheme, case, version,
 * or a near-miss spelling of the task), so that a wrong uri is judged as a wrong uri of that task.
 */
function taskOf(directive: Json): ShoppingTask | undefined {
  const uri = typeof directive['uri'] === 'string' ? directive['uri'] : '';
  const named = /amazon\.([a-z]+)/i.exec(uri)?.[1]?.toLowerCase();
  return named ? nearestTask(named) : undefined;
}

// Words a shopping task's name is made of: a uri with one of them that names no task is a misspelt shopping uri,
// while other connections (connection://AMAZON.PrintPDF/1, a skill's own tasks) are not the SHOP checks' business.
const SHOPPING_WORDS = /shopping|cart|addtolist|wishlist|recommendproduct|buyproduct/;

/** Why a StartConnection may have been meant for a shopping task that its uri fails to name, or undefined. */
function unnamedShoppingTask(directive: Json): string | undefined {
  if (taskOf(directive) !== undefined) return undefined;
  const uri = directive['uri'];
  if (uri === undefined || uri === null || (typeof uri === 'string' && uri.trim() === '')) return 'has no uri, so it names no task';
  if (typeof uri !== 'string') return `has a uri that is no string: ${JSON.stringify(uri)}`;
  const letters = uri.toLowerCase().replace(/[^a-z]/g, '');
  return SHOPPING_WORDS.test(letters) ? `has the uri ${JSON.stringify(uri)}, which names no shopping task` : undefined;
}

/** The StartConnections of a response that look meant for a shopping task but name none, with why. */
export function unnamedShoppingDirectives(body: unknown): { directive: Json; index: number; why: string }[] {
  return startConnections(body).flatMap((directive, index) => {
    const why = unnamedShoppingTask(directive);
    return why ? [{ directive, index, why }] : [];
  });
}

export interface TaskDirective {
  task: ShoppingTask;
  directive: Json;
  index: number;
}

const found = new WeakMap<object, readonly TaskDirective[]>();

/** The StartConnections of a response that name a shopping task, read once per body: every check of every entry asks. */
export function shoppingDirectives(body: unknown): readonly TaskDirective[] {
  if (typeof body !== 'object' || body === null) return [];
  let directives = found.get(body);
  if (!directives) {
    directives = startConnections(body).flatMap((directive, index) => {
      const task = taskOf(directive);
      return task ? [{ task, directive, index }] : [];
    });
    found.set(body, directives);
  }
  return directives;
}

const cache = new WeakMap<object, SchemaError[]>();

/** The schema errors of a task directive that count against a requirement (SHOP-DIRECTIVE owns the unrouted ones). */
export function directiveErrorsFor({ task, directive }: TaskDirective, requirement: string): string[] {
  let errors = cache.get(directive);
  if (!errors) cache.set(directive, (errors = validate(TASK_SCHEMAS[task], directive)));
  return errors.filter((e) => requirementOf(e, 'SHOP-DIRECTIVE') === requirement).map(describeError);
}

export function asinsOf(directive: Json): string[] {
  const input = directive['input'];
  const products = typeof input === 'object' && input !== null ? (input as Json)['products'] : undefined;
  return Array.isArray(products) ? products.map((p) => String((p as Json | null)?.['asin'])).sort() : [];
}

/**
 * Why the REFUND-* requirements do not bind a skill: it declares neither a purchase nor a recommendation. "If you
 * implement the purchase-product or recommend-products shopping actions, you must also implement a refund intent."
 */
export const sellsNothing = ({ declaredTasks }: { declaredTasks: readonly string[] }): string | undefined =>
  ['BuyShoppingProducts', 'RecommendShoppingProducts'].some((task) => declaredTasks.includes(task))
    ? undefined
    : 'not applicable: the config declares neither a BuyShoppingProducts nor a RecommendShoppingProducts action';
