import { skillCases } from '../../helpers/check-cases.js';
import { ASIN, handOver, startConnection } from '../../helpers/shop.js';
import { traceOf } from '../../helpers/traces.js';

const toList = (input: Record<string, unknown>) => handOver([startConnection('AddToList', { input })]);

export default skillCases([
  { name: 'AddToList to the wish list', trace: traceOf([toList({ products: [{ asin: ASIN }], listType: 'WISHLIST' })]), fires: false },
  { name: 'AddToList to the shopping list', trace: traceOf([toList({ products: [{ asin: ASIN }], listType: 'SHOPPING_LIST' })]), fires: true, message: /^AddToList directive 0: \/input\/listType must be equal to constant/ },
  { name: 'AddToList without a listType', trace: traceOf([toList({ products: [{ asin: ASIN }] })]), fires: true, message: /^AddToList directive 0: \/input must have required property 'listType'/ },
  { name: 'AddToList with the list type in lower case', trace: traceOf([toList({ products: [{ asin: ASIN }], listType: 'wishlist' })]), fires: true, message: /listType/ },
  { name: 'an add to cart has no listType to set', trace: traceOf([handOver([startConnection('AddToShoppingCart')])]), fires: false },
]);
