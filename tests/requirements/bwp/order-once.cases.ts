import { clientCases } from '../../helpers/check-cases.js';
import { bwpCall, operation, orderCase, orderInput } from '../../helpers/commerce-cases.js';

const made = (orderId: string, aliases: unknown[] = [], fault?: string) => bwpCall(operation('createOrder', orderInput({ orderAliases: aliases }), { orderId }), fault ? { fault } : {});

export default clientCases([
  { name: 'one placeOrder, one order, though the answer was slow', case: orderCase([made('O-1', [], 'slow')], {}, 'bwp/slow-order'), fires: false },
  {
    name: 'createOrder sent again after a slow answer that made the order',
    case: orderCase([made('O-1', [], 'slow'), made('O-2')], {}, 'bwp/slow-order'),
    fires: true,
    message: /^one placeOrder made 2 orders \(O-1, O-2\): createOrder was sent again after it had made the order \(its answer was slow, not lost\)$/,
  },
  {
    name: 'the retry refused for the alias the first call made',
    case: orderCase([made('O-1', [{ aliasType: 'EXTERNAL_ID', aliasId: 'R7-000001' }], 'slow'), bwpCall(operation('createOrder', orderInput(), { code: 'AliasValueAlreadyExists' }))], {}, 'bwp/slow-order'),
    fires: false,
  },
  { name: 'two placeOrder calls side by side, one order each', case: orderCase([made('O-1'), made('O-2')], {}, 'bwp/race', 2), fires: false },
]);
