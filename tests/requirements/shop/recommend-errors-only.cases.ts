import { skillCases } from '../../helpers/check-cases.js';
import { handOver, startConnection } from '../../helpers/shop.js';
import { traceOf } from '../../helpers/traces.js';

export default skillCases([
  { name: 'a recommendation answered on errors only', trace: traceOf([handOver([startConnection('RecommendShoppingProducts')])]), fires: false },
  {
    name: 'a recommendation that resumes the session',
    trace: traceOf([handOver([startConnection('RecommendShoppingProducts', { onCompletion: 'RESUME_SESSION' })])]),
    fires: true,
    message: /^RecommendShoppingProducts directive 0: onCompletion is "RESUME_SESSION"$/,
  },
  { name: 'a recommendation with no onCompletion', trace: traceOf([handOver([startConnection('RecommendShoppingProducts', { onCompletion: undefined })])]), fires: true, message: /onCompletion is null/ },
  { name: 'an add to cart that resumes the session', trace: traceOf([handOver([startConnection('AddToShoppingCart', { onCompletion: 'RESUME_SESSION' })])]), fires: false },
]);
