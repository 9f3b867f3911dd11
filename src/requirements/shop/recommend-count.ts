import { shoppingChecks } from '../../checks/shopping.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'SHOP-RECOMMEND-COUNT',
    level: 'MUST',
    title: 'RecommendShoppingProducts carries 1 to 10 products.',
    source: {
      page: 'Implement Alexa Shopping Actions in Your Skill',
      section: 'Use skill connections with shopping tasks',
    },
    basis: 'documented',
    quote: 'To recommend up to 10 products to the customer to hear more about, use the AMAZON.RecommendShoppingProducts action.',
  },
  check: checkIn(shoppingChecks, 'SHOP-RECOMMEND-COUNT'),
  families: ['actions'],
  notProbed: 'no response started RecommendShoppingProducts',
});
