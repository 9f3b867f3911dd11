import { refundChecks } from '../../checks/refund.js';
import { checkIn, skillRequirement } from '../define.js';

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
  check: checkIn(refundChecks, 'REFUND-NO-TASK'),
  families: ['refund'],
  prohibition: true,
});
