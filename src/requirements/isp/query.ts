import { ispChecks } from '../../checks/isp.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'ISP-QUERY',
    level: 'MUST',
    title: 'Query values are within the documented enums, maxResults is an integer from 1 to 100, and nextToken is only sent as received.',
    source: {
      page: 'In-Skill Product Service',
      section: 'Get all in-skill products',
    },
    basis: 'documented',
    quote: 'Sets the maximum number of results returned in the response body. Set this value to retrieve less than the upper limit of 100.',
  },
  check: checkIn(ispChecks, 'ISP-QUERY'),
  families: ['isp'],
  notProbed: 'no product listing reached the In-Skill Product Service at context.System.apiEndpoint',
});
