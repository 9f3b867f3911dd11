import { ispChecks } from '../../checks/isp.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'ISP-AUTH',
    level: 'MUST',
    title: 'Product calls carry Authorization: Bearer <context.System.apiAccessToken>.',
    source: {
      page: 'In-Skill Product Service',
      section: 'Get all in-skill products',
    },
    basis: 'documented',
    quote: 'Authorization: Bearer {event.context.System.apiAccessToken}',
  },
  check: checkIn(ispChecks, 'ISP-AUTH'),
  families: ['isp'],
  notProbed: 'no call reached the In-Skill Product Service at context.System.apiEndpoint',
});
