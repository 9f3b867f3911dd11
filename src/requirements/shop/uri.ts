import { shoppingChecks } from '../../checks/shopping.js';
import { checkIn, skillRequirement } from '../define.js';

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
  check: checkIn(shoppingChecks, 'SHOP-URI'),
  families: ['actions'],
  notProbed: 'no response carried a StartConnection for a shopping task',
});
