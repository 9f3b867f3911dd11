import { shoppingChecks } from '../../checks/shopping.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'SHOP-HANDOVER',
    level: 'MUST',
    title: 'The configured steps of an action end in a StartConnection for that action\'s task, so the hand-over to Alexa happens.',
    source: {
      page: 'Implement Alexa Shopping Actions in Your Skill',
      section: 'Use skill connections with shopping tasks',
    },
    basis: 'documented',
    quote: 'You delegate the Alexa shopping flow to Alexa by using the skill connections interface to invoke one of the following predefined tasks:',
  },
  check: checkIn(shoppingChecks, 'SHOP-HANDOVER'),
  families: ['actions'],
  notProbed: 'no action is configured, so no steps were expected to hand over',
});
