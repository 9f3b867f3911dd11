import { resumeChecks } from '../../checks/resume.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'RESUME-NO-RETRY-LOOP',
    level: 'SHOULD',
    title: 'The response to a failed result does not start the same task for the same products again.',
    source: {
      page: 'Implement Alexa Shopping Actions in Your Skill',
      section: 'Implement purchase-product',
    },
    basis: 'inferred',
    inference: 'From "If the action fails, Alexa informs the customer of the error and provides available recovery mechanisms to the customer.": the recovery is Alexa\'s, so starting the same task for the same products again at once loops the customer through what Alexa already resolved.',
  },
  check: checkIn(resumeChecks, 'RESUME-NO-RETRY-LOOP'),
  families: ['resume'],
  prohibition: true,
  notProbed: 'no resume after a failed task was answered',
});
