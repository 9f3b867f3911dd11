import { ispChecks } from '../../checks/isp.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'ISP-PAGINATION',
    level: 'SHOULD',
    title: 'When isTruncated is true, the skill follows nextToken before it concludes a listing.',
    source: {
      page: 'In-Skill Product Service',
      section: 'Get all in-skill products',
    },
    basis: 'documented',
    quote: 'When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element, the value of which can be used in the next request as the continuation-token to list the next set of objects.',
  },
  check: checkIn(ispChecks, 'ISP-PAGINATION'),
  families: ['isp'],
  notProbed: 'the product service never answered isTruncated true (no listing reached it, or every catalog fit one page)',
});
