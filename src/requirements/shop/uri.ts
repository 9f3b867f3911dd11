/** SHOP-URI: each shopping task's exact uri; a StartConnection meant for shopping without a uri naming a task is wrong too. */
import { handsOver, routed, triesToHandOver } from '../../checks/per-directive.js';
import { SHOPPING_TASK_URIS, unnamedShoppingDirectives } from '../../checks/tasks.js';
import { skillRequirement } from '../define.js';

/** The uri errors the task schemas route here, of a StartConnection that names a task. */
const uriOfTask = routed('SHOP-URI');

export default skillRequirement({
  entry: {
    id: 'SHOP-URI',
    level: 'MUST',
    title: 'A StartConnection naming an AMAZON shopping task uses exactly connection://AMAZON.<Task>/1.',
    source: {
      page: 'Alexa Shopping Actions API Reference',
      section: 'Shopping actions',
    },
    basis: 'inferred',
    inference: 'The task table of the section names each task and its version; every request example of the page uses connection://AMAZON.<Task>/1, and Alexa sends an error back to a requester whose uri names no task.',
  },
  check: {
    applies: triesToHandOver,
    problems: (entry, trace, ctx, at) => [
      ...(handsOver(entry) ? uriOfTask.problems(entry, trace, ctx, at) : []),
      ...unnamedShoppingDirectives(entry.exchange.body).map(({ index, why }) => ({
        message: `StartConnection directive ${index} ${why}; the shopping tasks are ${SHOPPING_TASK_URIS.join(', ')}`,
      })),
    ],
  },
  families: ['actions'],
  notProbed: 'no response carried a StartConnection for a shopping task',
});
