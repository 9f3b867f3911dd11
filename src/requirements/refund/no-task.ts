import { isObject } from '../../checks/response-shape.js';
import { sellsNothing, shoppingDirectives } from '../../checks/tasks.js';
import { skillRequirement } from '../define.js';

/** The refund response starts no shopping task: no Alexa Shopping Actions task processes a refund. */
export default skillRequirement({
  entry: {
    id: 'REFUND-NO-TASK',
    level: 'MUST',
    title: 'The refund response starts no shopping task.',
    source: {
      page: 'Implement Alexa Shopping Actions in Your Skill',
      section: 'Handle a refund request',
    },
    basis: 'documented',
    quote: 'No Alexa Shopping Actions task exists to process a refund.',
  },
  check: {
    applies: (entry) => entry.role === 'refund' && isObject(entry.exchange.body),
    problems: (entry) => shoppingDirectives(entry.exchange.body).map((d) => ({ message: `the refund response starts ${d.task}` })),
  },
  families: ['refund'],
  inapplicable: sellsNothing,
  prohibition: true,
});
