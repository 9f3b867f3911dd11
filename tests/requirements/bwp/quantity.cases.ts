import { clientCases } from '../../helpers/check-cases.js';
import { placedOrder, refusedOrder } from '../../helpers/commerce-cases.js';

export default clientCases([
  { name: 'createOrder made the order', case: placedOrder(), fires: false },
  { name: 'createOrder refused with QuantityMismatch (a quantity other than the previewed one)', case: refusedOrder('QuantityMismatch'), fires: true, message: /^createOrder was refused with ValidationException QuantityMismatch: refused: QuantityMismatch$/ },
  { name: 'createOrder refused with ItemIdentifierMismatch is another requirement\'s', case: refusedOrder('ItemIdentifierMismatch'), fires: false },
]);
