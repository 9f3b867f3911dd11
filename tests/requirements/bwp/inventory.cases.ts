import { clientCases } from '../../helpers/check-cases.js';
import { bwpCall, operation, orderCase, orderInput, rejected, resolved } from '../../helpers/commerce-cases.js';

const outOfStock = [bwpCall(operation('createOrder', orderInput(), { code: 'ItemOutOfStock' }))];
const placing = (over: Parameters<typeof orderCase>[1]) => orderCase(outOfStock, over, 'bwp/out-of-stock', 1, { code: 'ItemOutOfStock' });

export default clientCases([
  { name: 'placeOrder rejects with the code: the shopper decides', case: placing({ outcome: rejected('createOrder failed: ItemOutOfStock'), effect: false }), fires: false },
  { name: 'placeOrder rejects with the code as a field', case: placing({ outcome: rejected('out of stock', { code: 'ItemOutOfStock' }), effect: false }), fires: false },
  {
    name: 'placeOrder rejects without the code',
    case: placing({ outcome: rejected('Something went wrong'), effect: false }),
    fires: true,
    message: /^placeOrder rejected without the code ItemOutOfStock \(it said "Something went wrong"\)$/,
  },
  {
    name: 'placeOrder resolves though no order was made',
    case: placing({ outcome: resolved({ orderId: 'O-1' }), effect: false }),
    fires: true,
    message: /^placeOrder resolved after createOrder answered ItemOutOfStock, with no order of the cart/,
  },
  {
    name: 'a shopper who won the race for the last unit',
    case: orderCase([bwpCall(operation('createOrder', orderInput(), { code: 'SelectedQuantityNotAvailable' })), bwpCall(operation('createOrder', orderInput(), { orderId: 'O-1' }))], {}, 'bwp/race', 1, { race: true }),
    fires: false,
  },
]);
