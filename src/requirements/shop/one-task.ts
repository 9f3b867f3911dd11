import { shoppingChecks } from '../../checks/shopping.js';
import { checkIn, skillRequirement } from '../define.js';

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
  check: checkIn(shoppingChecks, 'SHOP-ONE-TASK'),
  families: ['actions'],
  notProbed: 'no response carried a StartConnection for a shopping task',
});
