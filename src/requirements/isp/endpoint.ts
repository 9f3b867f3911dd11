import { ispChecks } from '../../checks/isp.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'ISP-ENDPOINT',
    level: 'MUST',
    title: 'Product calls go to context.System.apiEndpoint.',
    source: {
      page: 'In-Skill Product Service',
      section: 'Host endpoint',
    },
    basis: 'documented',
    quote: 'The host for all calls to the in-skill product APIs is the value of the apiEndpoint field of the System.Object.',
  },
  check: checkIn(ispChecks, 'ISP-ENDPOINT'),
  families: ['isp'],
  notProbed: 'the skill made no in-skill product call and the config declares no isp.list steps',
});
