import { clientCases } from '../../helpers/check-cases.js';
import { placedOrder, refusedOrder } from '../../helpers/commerce-cases.js';

export default clientCases([
  { name: 'createOrder made the order', case: placedOrder(), fires: false },
  { name: 'createOrder refused with AddressMismatch (a deliveryAddress other than the previewed one)', case: refusedOrder('AddressMismatch'), fires: true, message: /^createOrder was refused with ValidationException AddressMismatch: refused: AddressMismatch$/ },
  { name: 'createOrder refused with ShopperIdMismatch is another requirement\'s', case: refusedOrder('ShopperIdMismatch'), fires: false },
]);
