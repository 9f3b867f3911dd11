/** SHOP-ONE-TASK: at most one StartConnection in a response (one whose uri names no task but was meant for shopping counts). */
import { triesToHandOver } from '../../checks/per-directive.js';
import { shoppingDirectives, unnamedShoppingDirectives } from '../../checks/tasks.js';
import { skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'SHOP-ONE-TASK',
    level: 'SHOULD',
    title: 'A response carries at most one StartConnection.',
    source: {
      page: 'Use Skill Connections to Request Tasks',
      section: 'Connections.StartConnection directive',
    },
    basis: 'inferred',
    inference: 'A StartConnection hands the session to Alexa for one task; the pages show one directive a response and say nothing of two at once.',
  },
  check: {
    applies: triesToHandOver,
    problems: (entry) => {
      const n = shoppingDirectives(entry.exchange.body).length + unnamedShoppingDirectives(entry.exchange.body).length;
      return n > 1 ? [{ message: `${n} shopping StartConnections in one response` }] : [];
    },
  },
  families: ['actions'],
  notProbed: 'no response carried a StartConnection for a shopping task',
});
