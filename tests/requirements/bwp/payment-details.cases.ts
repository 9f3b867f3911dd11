import { clientCases } from '../../helpers/check-cases.js';
import { bwpCall, operation, orderCase, orderInput, placedOrder } from '../../helpers/commerce-cases.js';

export default clientCases([
  { name: 'createOrder carries the payment transaction T-1', case: placedOrder(), fires: false },
  {
    name: 'createOrder carries no payments',
    case: orderCase([bwpCall(operation('createOrder', orderInput({ payments: undefined }), { orderId: 'O-1' }))]),
    fires: true,
    message: /^createOrder carries no payment transaction details \(the payment was T-1\)$/,
  },
  {
    name: 'createOrder carries another transaction',
    case: orderCase([bwpCall(operation('createOrder', orderInput({ payments: [{ transactionId: 'T-9' }] }), { orderId: 'O-1' }))]),
    fires: true,
    message: /no payment transaction details/,
  },
]);
