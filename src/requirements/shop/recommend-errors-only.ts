import { shoppingChecks } from '../../checks/shopping.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'SHOP-RECOMMEND-ERRORS-ONLY',
    level: 'SHOULD',
    title: 'RecommendShoppingProducts sets onCompletion to SEND_ERRORS_ONLY.',
    source: {
      page: 'Implement Alexa Shopping Actions in Your Skill',
      section: 'Send a directive to recommend products',
    },
    basis: 'documented',
    quote: 'Here, you request a response on error only by setting oncompletion = SEND_ERRORS_ONLY.',
  },
  check: checkIn(shoppingChecks, 'SHOP-RECOMMEND-ERRORS-ONLY'),
  families: ['actions'],
  notProbed: 'no response started RecommendShoppingProducts',
});
