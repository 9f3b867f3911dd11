import { clientCases } from '../../helpers/check-cases.js';
import { PAY_REFUSALS, payAccepted, rejected, trackerCase } from '../../helpers/commerce-cases.js';

const REFUSED = { outcome: rejected('refused'), effect: false };

export default clientCases([
  { name: 'Amazon Pay accepted the call', case: trackerCase([payAccepted()]), fires: false },
  {
    name: 'Amazon Pay refused the call for an order id no order of the environment has',
    case: trackerCase([PAY_REFUSALS['order-unknown']], REFUSED),
    fires: true,
    message: /was answered 400 InvalidParameterValue: The value provided for chargePermissionId is invalid: no live order has it/,
  },
  {
    name: 'a call refused for order-id is another requirement\'s',
    case: trackerCase([PAY_REFUSALS['order-id']], REFUSED),
    fires: false,
  },
]);
