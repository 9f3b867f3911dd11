import { ispChecks } from '../../checks/isp.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'ISP-OFFER-PURCHASABLE',
    level: 'SHOULD',
    title: 'A purchase offer (Connections.SendRequest Buy or Upsell) names a product the service listed as PURCHASABLE for this user.',
    source: {
      page: 'In-Skill Product Service',
      section: 'Get all in-skill products',
    },
    basis: 'documented',
    quote: 'Only products with a purchasable value of PURCHASABLE should be offered to the user.',
  },
  check: checkIn(ispChecks, 'ISP-OFFER-PURCHASABLE'),
  families: ['isp'],
  notProbed: 'no response offered a product (Connections.SendRequest Buy or Upsell) and the config declares no isp.offer steps',
});
