import { clientCases } from '../../helpers/check-cases.js';
import { placedOrder, refusedOrder } from '../../helpers/commerce-cases.js';

export default clientCases([
  { name: 'createOrder made the order', case: placedOrder(), fires: false },
  { name: 'createOrder refused with ItemIdentifierMismatch (an item not of the preview)', case: refusedOrder('ItemIdentifierMismatch'), fires: true, message: /^createOrder was refused with ValidationException ItemIdentifierMismatch: refused: ItemIdentifierMismatch$/ },
  { name: 'createOrder refused with QuantityMismatch is another requirement\'s', case: refusedOrder('QuantityMismatch'), fires: false },
]);
