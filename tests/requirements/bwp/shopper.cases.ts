import { clientCases } from '../../helpers/check-cases.js';
import { placedOrder, refusedOrder } from '../../helpers/commerce-cases.js';

export default clientCases([
  { name: 'createOrder made the order', case: placedOrder(), fires: false },
  { name: 'createOrder refused with ShopperIdMismatch (another shopper)', case: refusedOrder('ShopperIdMismatch'), fires: true, message: /^createOrder was refused with ValidationException ShopperIdMismatch: refused: ShopperIdMismatch$/ },
  { name: 'createOrder refused with AddressMismatch is another requirement\'s', case: refusedOrder('AddressMismatch'), fires: false },
]);
