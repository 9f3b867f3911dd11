import { ispChecks } from '../../checks/isp.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'ISP-LIST-PURCHASABLE',
    level: 'SHOULD',
    title: 'What the skill says when listing products names no product the service lists as NOT_PURCHASABLE for a customer who does not own it.',
    source: {
      page: 'In-Skill Product Service',
      section: 'Get all in-skill products',
    },
    basis: 'documented',
    quote: 'Only products with a purchasable value of PURCHASABLE should be offered to the user.',
  },
  check: checkIn(ispChecks, 'ISP-LIST-PURCHASABLE'),
  families: ['isp'],
  prohibition: true,
});
