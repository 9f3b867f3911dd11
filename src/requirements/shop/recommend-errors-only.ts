/** SHOP-RECOMMEND-ERRORS-ONLY: RecommendShoppingProducts sets onCompletion SEND_ERRORS_ONLY. */
import { perDirective } from '../../checks/per-directive.js';
import { skillRequirement } from '../define.js';

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
  check: perDirective(
    ({ directive: d }) => (d['onCompletion'] === 'SEND_ERRORS_ONLY' ? [] : [`onCompletion is ${JSON.stringify(d['onCompletion'] ?? null)}`]),
    (d) => d.task === 'RecommendShoppingProducts',
  ),
  families: ['actions'],
  notProbed: 'no response started RecommendShoppingProducts',
});
