import { clientCases } from '../../helpers/check-cases.js';
import { ALIAS, bwpCall, lineItem, operation, orderCase, orderInput, placedOrder, refusedOrder } from '../../helpers/commerce-cases.js';

const other = orderInput({ lineItems: [lineItem({ SKU: 'KETTLE-GOOSENECK' })] });

export default clientCases([
  { name: 'createOrder made the order with its alias', case: placedOrder(), fires: false },
  { name: 'an alias another order holds', case: refusedOrder('AliasValueAlreadyExists'), fires: true, message: /^createOrder was refused with ValidationException AliasValueAlreadyExists/ },
  {
    name: 'an alias an order of another cart made in this case holds',
    case: orderCase([bwpCall(operation('createOrder', other, { orderId: 'O-1' })), bwpCall(operation('createOrder', orderInput(), { code: 'AliasValueAlreadyExists' }))]),
    fires: true,
    message: /AliasValueAlreadyExists/,
  },
  {
    name: 'a retry of the order just made, refused for its own alias (BWP-ORDER-ONCE\'s)',
    case: orderCase([bwpCall(operation('createOrder', orderInput({ orderAliases: ALIAS }), { orderId: 'O-1' }), { fault: 'slow' }), bwpCall(operation('createOrder', orderInput(), { code: 'AliasValueAlreadyExists' }))]),
    fires: false,
  },
  { name: 'six aliases is another requirement\'s', case: refusedOrder('AliasLimitExceeded'), fires: false },
]);
