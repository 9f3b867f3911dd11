import { ispChecks } from '../../checks/isp.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'ISP-FAULTS',
    level: 'MUST',
    title: 'With the product service answering 400, 401, 404 or 500, or slowly, the skill\'s response still passes the RSP-* checks.',
    source: {
      page: 'In-Skill Product Service',
      section: 'Get all in-skill products',
    },
    basis: 'inferred',
    inference: 'The service documents 400, 401, 404 and 500 answers in its Response tables; a skill whose own answer breaks when one of them comes leaves the customer with nothing.',
  },
  check: checkIn(ispChecks, 'ISP-FAULTS'),
  families: ['isp'],
  notProbed: 'no call reached the In-Skill Product Service while it was failing',
});
