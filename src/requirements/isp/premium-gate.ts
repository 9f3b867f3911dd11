import { ispChecks } from '../../checks/isp.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'ISP-PREMIUM-GATE',
    level: 'SHOULD',
    title: 'Premium intents answer differently when no product is ENTITLED.',
    source: {
      page: 'In-Skill Product Service',
      section: 'Get all in-skill products',
    },
    basis: 'documented',
    quote: 'Users should only be given access to the premium content if the value of entitled is set to ENTITLED.',
  },
  check: checkIn(ispChecks, 'ISP-PREMIUM-GATE'),
  families: ['isp'],
  notProbed: 'no isp.premium steps were answered with the product service working both times (ENTITLED and NOT_ENTITLED)',
});
