import { skillCases } from '../../helpers/check-cases.js';
import { handOver, startConnection } from '../../helpers/shop.js';
import { traceOf } from '../../helpers/traces.js';

const two = [{ asin: 'B0000000A1' }, { asin: 'B0000000A2' }];

export default skillCases([
  { name: 'an add to cart with one product', trace: traceOf([handOver([startConnection('AddToShoppingCart')])]), fires: false },
  { name: 'an add to cart with two products', trace: traceOf([handOver([startConnection('AddToShoppingCart', { input: { products: two } })])]), fires: true, message: /^AddToShoppingCart directive 0: \/input\/products must NOT have more than 1 items?/ },
  { name: 'a buy with two products', trace: traceOf([handOver([startConnection('BuyShoppingProducts', { input: { products: two } })])]), fires: true, message: /^BuyShoppingProducts directive 0: / },
  { name: 'an AddToList with two products', trace: traceOf([handOver([startConnection('AddToList', { input: { products: two, listType: 'WISHLIST' } })])]), fires: true, message: /^AddToList directive 0: / },
  { name: 'a recommendation may carry two products', trace: traceOf([handOver([startConnection('RecommendShoppingProducts', { input: { products: two } })])]), fires: false },
]);
