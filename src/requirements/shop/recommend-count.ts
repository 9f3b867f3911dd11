/** SHOP-RECOMMEND-COUNT: RecommendShoppingProducts carries 1 to 10 products (the task schema routes the error here). */
import { routed } from '../../checks/per-directive.js';
import { skillRequirement } from '../define.js';

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
  check: routed('SHOP-RECOMMEND-COUNT', (d) => d.task === 'RecommendShoppingProducts'),
  families: ['actions'],
  notProbed: 'no response started RecommendShoppingProducts',
});
