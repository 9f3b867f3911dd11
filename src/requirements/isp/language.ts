import { ispChecks } from '../../checks/isp.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'ISP-LANGUAGE',
    level: 'MUST',
    title: 'Product calls carry an Accept-Language whose first language range is the request\'s locale.',
    source: {
      page: 'In-Skill Product Service',
      section: 'Get all in-skill products',
    },
    basis: 'documented',
    quote: 'Accept-Language: {event.request.locale}',
  },
  check: checkIn(ispChecks, 'ISP-LANGUAGE'),
  families: ['isp'],
  notProbed: 'no call reached the In-Skill Product Service at context.System.apiEndpoint',
});
