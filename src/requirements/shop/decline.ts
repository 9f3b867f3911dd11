import { consentChecks } from '../../checks/consent.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'SHOP-DECLINE',
    level: 'SHOULD',
    title: 'A declined offer is handled gracefully: AMAZON.NoIntent in place of an action\'s AMAZON.YesIntent step gets spoken words and starts no task. Ending the session is graceful when it is said (a goodbye), not when it is silent: the page asks for a graceful handling, which a customer cannot hear in silence. A shopping task started there is reported under SHOP-CONSENT.',
    source: {
      page: 'Implement Alexa Shopping Actions in Your Skill',
      section: 'Use skill connections with shopping tasks',
    },
    basis: 'documented',
    quote: 'Make sure that your skill handles decline and errors gracefully.',
  },
  check: checkIn(consentChecks, 'SHOP-DECLINE'),
  families: ['consent'],
  notProbed: 'no configured action has an AMAZON.YesIntent step to decline in its place (or its answer started a shopping task: see SHOP-CONSENT)',
});
