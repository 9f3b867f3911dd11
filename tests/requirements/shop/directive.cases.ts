import { skillCases } from '../../helpers/check-cases.js';
import { handOver, startConnection } from '../../helpers/shop.js';
import { traceOf } from '../../helpers/traces.js';

const cart = startConnection('AddToShoppingCart');

export default skillCases([
  { name: 'an add to cart with a well-formed asin', trace: traceOf([handOver([cart])]), fires: false },
  {
    name: 'an add to cart whose asin is lower case',
    trace: traceOf([handOver([{ ...cart, input: { products: [{ asin: 'b0000000a1' }] } }])]),
    fires: true,
    message: /^AddToShoppingCart directive 0: \/input\/products\/0\/asin must match pattern/,
  },
  {
    name: 'a buy with an unknown field beside its input',
    trace: traceOf([handOver([startConnection('BuyShoppingProducts', { quantity: 2 })])]),
    fires: true,
    message: /BuyShoppingProducts directive 0: \/ must NOT have additional properties \(quantity\)/,
  },
  // The schema errors routed to another requirement are that one's: a wishlist of the wrong kind is SHOP-LIST-TYPE's.
  { name: 'an AddToList to the shopping list', trace: traceOf([handOver([startConnection('AddToList', { input: { products: [{ asin: 'B0000000A1' }], listType: 'SHOPPING_LIST' } })])]), fires: false },
]);
