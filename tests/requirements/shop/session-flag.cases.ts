import { skillCases } from '../../helpers/check-cases.js';
import { handOver, startConnection } from '../../helpers/shop.js';
import { traceOf } from '../../helpers/traces.js';

const cart = startConnection('AddToShoppingCart');
const recommend = startConnection('RecommendShoppingProducts');

export default skillCases([
  { name: 'shouldEndSession absent beside a resuming hand-over', trace: traceOf([handOver([cart])]), fires: false },
  { name: 'shouldEndSession null beside a resuming hand-over', trace: traceOf([handOver([cart], { response: { shouldEndSession: null } })]), fires: false },
  { name: 'shouldEndSession true beside a SEND_ERRORS_ONLY hand-over', trace: traceOf([handOver([recommend], { response: { shouldEndSession: true } })]), fires: false },
  {
    name: 'shouldEndSession false beside a hand-over',
    trace: traceOf([handOver([recommend], { response: { shouldEndSession: false } })]),
    fires: true,
    message: /^RecommendShoppingProducts directive 0: shouldEndSession is false; Alexa rejects false beside a StartConnection$/,
  },
  {
    name: 'shouldEndSession true beside a hand-over with onCompletion absent',
    trace: traceOf([handOver([cart], { response: { shouldEndSession: true } })]),
    fires: true,
    message: /shouldEndSession is true with onCompletion RESUME_SESSION; it must be absent or null/,
  },
  {
    name: 'shouldEndSession true beside an explicit RESUME_SESSION',
    trace: traceOf([handOver([{ ...cart, onCompletion: 'RESUME_SESSION' }], { response: { shouldEndSession: true } })]),
    fires: true,
    message: /with onCompletion RESUME_SESSION/,
  },
]);
