import { refundChecks } from '../../checks/refund.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'REFUND-GUIDANCE',
    level: 'MUST',
    title: 'Where the skill uses Buy or Recommend, the refund intent gets an answer (speech, reprompt or card) that directs the customer to review the order in their Amazon account.',
    source: {
      page: 'Implement Alexa Shopping Actions in Your Skill',
      section: 'Handle a refund request',
    },
    basis: 'documented',
    quote: 'If you implement the purchase-product or recommend-products shopping actions, you must also implement a refund intent to receive the refund request and provide instructions to the customer.',
  },
  check: checkIn(refundChecks, 'REFUND-GUIDANCE'),
  families: ['refund'],
});
