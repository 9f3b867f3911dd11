import { clientCases } from '../../helpers/check-cases.js';
import { PAY_REFUSALS, payAccepted, rejected, trackerCase } from '../../helpers/commerce-cases.js';

const REFUSED = { outcome: rejected('refused'), effect: false };

export default clientCases([
  { name: 'Amazon Pay accepted the call', case: trackerCase([payAccepted()]), fires: false },
  {
    name: 'Amazon Pay refused the call for naming the order by neither id (or by both)',
    case: trackerCase([PAY_REFUSALS['order-id']], REFUSED),
    fires: true,
    message: /was answered 400 InvalidParameterValue: Give exactly one of amazonOrderReferenceId and chargePermissionId/,
  },
  {
    name: 'a call refused for order-unknown is another requirement\'s',
    case: trackerCase([PAY_REFUSALS['order-unknown']], REFUSED),
    fires: false,
  },
]);
