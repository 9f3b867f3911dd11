/** SHOP-*: the StartConnection directives that hand the customer to Alexa (Alexa Shopping Actions API Reference). */
import { everyDirectiveOf, isObject, responseOf } from './response-shape.js';
import { directiveErrorsFor, SHOPPING_TASK_URIS, shoppingDirectives, unnamedShoppingDirectives, type TaskDirective } from './tasks.js';
import type { Check, Entry, Problem } from './types.js';

const handsOver = (entry: Entry): boolean => shoppingDirectives(entry.exchange.body).length > 0;
/** A shopping StartConnection, or one that looks meant for a shopping task but whose uri names none. */
const triesToHandOver = (entry: Entry): boolean => handsOver(entry) || unnamedShoppingDirectives(entry.exchange.body).length > 0;

/** A check of each task directive in a response, by a rule over one directive. */
function perDirective(id: string, rule: (d: TaskDirective, entry: Entry) => string[], only?: (d: TaskDirective) => boolean): Check {
  return {
    id,
    applies: (entry) => shoppingDirectives(entry.exchange.body).some((d) => !only || only(d)),
    problems: (entry) =>
      shoppingDirectives(entry.exchange.body)
        .filter((d) => !only || only(d))
        .flatMap((d) => rule(d, entry).map((message): Problem => ({ message: `${d.task} directive ${d.index}: ${message}` }))),
  };
}

/** A requirement whose rule lives in the task schemas (x-requirements routes the errors to it). */
const routed = (id: string, only?: (d: TaskDirective) => boolean): Check => perDirective(id, (d) => directiveErrorsFor(d, id), only);

export const directive = routed('SHOP-DIRECTIVE');
const uriOfTask = routed('SHOP-URI');

/** SHOP-URI: each shopping task's exact uri; a StartConnection meant for shopping without a uri naming a task is wrong too. */
export const uri: Check = {
  id: 'SHOP-URI',
  applies: triesToHandOver,
  problems: (entry, trace, ctx, at) => [
    ...(handsOver(entry) ? uriOfTask.problems(entry, trace, ctx, at) : []),
    ...unnamedShoppingDirectives(entry.exchange.body).map(({ index, why }) => ({
      message: `StartConnection directive ${index} ${why}; the shopping tasks are ${SHOPPING_TASK_URIS.join(', ')}`,
    })),
  ],
};
export const listType = routed('SHOP-LIST-TYPE', (d) => d.task === 'AddToList');
export const recommendCount = routed('SHOP-RECOMMEND-COUNT', (d) => d.task === 'RecommendShoppingProducts');
export const singleProduct = routed('SHOP-SINGLE-PRODUCT', (d) => d.task !== 'RecommendShoppingProducts');

/** SHOP-SESSION-FLAG: shouldEndSession absent or null beside a RESUME_SESSION StartConnection; never false. */
export const sessionFlag = perDirective('SHOP-SESSION-FLAG', ({ directive: d }, entry) => {
  const flag = responseOf(entry.exchange.body)?.['shouldEndSession'];
  if (flag === false) return ['shouldEndSession is false; Alexa rejects false beside a StartConnection'];
  const onCompletion = d['onCompletion'] ?? 'RESUME_SESSION';
  if (flag === true && onCompletion !== 'SEND_ERRORS_ONLY')
    return [`shouldEndSession is true with onCompletion ${String(onCompletion)}; it must be absent or null`];
  return [];
});

/** SHOP-NO-PLAYER: no AudioPlayer.* or VideoApp.* directive beside a StartConnection, among the directives or the reprompt's. */
export const noPlayer: Check = {
  id: 'SHOP-NO-PLAYER',
  applies: triesToHandOver,
  problems: (entry) =>
    everyDirectiveOf(entry.exchange.body)
      .map(({ where, directive }) => ({ where, type: String(directive['type']) }))
      .filter(({ type }) => type.startsWith('AudioPlayer.') || type.startsWith('VideoApp.'))
      .map(({ where, type }) => ({ message: `${type} (in ${where}) stands beside a StartConnection` })),
};

/** SHOP-ONE-TASK: at most one StartConnection in a response (one whose uri names no task but was meant for shopping counts). */
export const oneTask: Check = {
  id: 'SHOP-ONE-TASK',
  applies: triesToHandOver,
  problems: (entry) => {
    const n = shoppingDirectives(entry.exchange.body).length + unnamedShoppingDirectives(entry.exchange.body).length;
    return n > 1 ? [{ message: `${n} shopping StartConnections in one response` }] : [];
  },
};

/** SHOP-TOKEN: a non-empty token, to restore the session on resume. */
export const token = perDirective('SHOP-TOKEN', ({ directive: d }) =>
  typeof d['token'] !== 'string' ? ['no token'] : d['token'].trim() === '' ? ['an empty token'] : [],
);

/** SHOP-RECOMMEND-ERRORS-ONLY: RecommendShoppingProducts sets onCompletion SEND_ERRORS_ONLY. */
export const recommendErrorsOnly = perDirective(
  'SHOP-RECOMMEND-ERRORS-ONLY',
  ({ directive: d }) => (d['onCompletion'] === 'SEND_ERRORS_ONLY' ? [] : [`onCompletion is ${JSON.stringify(d['onCompletion'] ?? null)}`]),
  (d) => d.task === 'RecommendShoppingProducts',
);

/** SHOP-HANDOVER: the configured steps of an action end in that task's StartConnection. */
export const handover: Check = {
  id: 'SHOP-HANDOVER',
  // An answer that is no response object (null over HTTP, nothing from a handler) is RSP-HTTP's to report.
  applies: (entry) => entry.role === 'handover' && isObject(entry.exchange.body),
  problems: (entry) => {
    const tasks = shoppingDirectives(entry.exchange.body).map((d) => d.task);
    return entry.meta.task && !tasks.includes(entry.meta.task)
      ? [{ message: `the configured steps for ${entry.meta.task} ended without its StartConnection${tasks.length ? ` (found ${tasks.join(', ')})` : ''}` }]
      : [];
  },
};

export const shoppingChecks: Check[] = [
  directive,
  uri,
  listType,
  recommendCount,
  sessionFlag,
  noPlayer,
  singleProduct,
  oneTask,
  token,
  recommendErrorsOnly,
  handover,
];
