import { skillCases } from '../../helpers/check-cases.js';
import { handOver, startConnection } from '../../helpers/shop.js';
import { traceOf } from '../../helpers/traces.js';

export default skillCases([
  { name: 'a hand-over with a token', trace: traceOf([handOver([startConnection('BuyShoppingProducts')])]), fires: false },
  { name: 'a hand-over with no token', trace: traceOf([handOver([startConnection('BuyShoppingProducts', { token: undefined })])]), fires: true, message: /^BuyShoppingProducts directive 0: no token$/ },
  { name: 'a hand-over with a blank token', trace: traceOf([handOver([startConnection('AddToList', { token: '  ' })])]), fires: true, message: /^AddToList directive 0: an empty token$/ },
  { name: 'a hand-over with a token that is no string', trace: traceOf([handOver([startConnection('AddToShoppingCart', { token: 42 })])]), fires: true, message: /no token/ },
]);
