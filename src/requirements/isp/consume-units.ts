import { ispChecks } from '../../checks/isp.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'ISP-CONSUME-UNITS',
    level: 'MUST',
    title: 'A consumable is not used more times than the units bought allow (isp.usesPerUnit uses each): past them, the consume steps answer otherwise than for an allowed use, or offer more.',
    source: {
      page: 'In-Skill Product Service',
      section: 'InSkillProduct',
    },
    basis: 'documented',
    quote: 'For a CONSUMABLE, this is the total number of times the user purchased the product. Note that this does not reflect the user\'s consumption of the purchased units, so you must manage the user\'s inventory.',
  },
  check: checkIn(ispChecks, 'ISP-CONSUME-UNITS'),
  families: ['isp'],
});
