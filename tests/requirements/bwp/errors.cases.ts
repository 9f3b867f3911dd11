import { clientCases } from '../../helpers/check-cases.js';
import { bwpCall, operation, orderCase, orderInput, placedOrder, rejected, resolved, stateCase } from '../../helpers/commerce-cases.js';

// The updateOrder was throttled: the order did not start.
const throttled = stateCase('bwp/start', 'STARTED', 'ThrottlingException');
const failed = bwpCall(operation('createOrder', orderInput(), { code: 'InternalServerException' }), { status: 500, fault: '500' });

export default clientCases([
  { name: 'placeOrder resolves with the order made', case: placedOrder(), fires: false },
  { name: 'placeOrder rejects after a server error', case: orderCase([failed], { outcome: rejected('createOrder failed: 500'), effect: false }, 'bwp/fault'), fires: false },
  {
    name: 'placeOrder resolves after a server error',
    case: orderCase([failed], { outcome: resolved({ orderId: 'O-1' }), effect: false }, 'bwp/fault'),
    fires: true,
    message: /^placeOrder resolved, but no new order of the cart's items has the orderId it resolved with \(the API answered 500\)$/,
  },
  {
    name: 'setExecutionState resolves though the order did not start',
    case: { ...throttled, steps: throttled.steps.map((s) => ({ ...s, outcome: resolved({}) })) },
    fires: true,
    message: /^setExecutionState resolved, but the order is not STARTED$/,
  },
  {
    name: 'resolving after an inventory code is BWP-INVENTORY\'s',
    case: orderCase([bwpCall(operation('createOrder', orderInput(), { code: 'ItemOutOfStock' }))], { outcome: resolved({ orderId: 'O-1' }), effect: false }, 'bwp/out-of-stock'),
    fires: false,
  },
]);
