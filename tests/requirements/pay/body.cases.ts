import { clientCases } from '../../helpers/check-cases.js';
import { PAY_REFUSALS, payAccepted, rejected, trackerCase } from '../../helpers/commerce-cases.js';

const REFUSED = { outcome: rejected('refused'), effect: false };

export default clientCases([
  { name: 'Amazon Pay accepted the call', case: trackerCase([payAccepted()]), fires: false },
  {
    name: 'Amazon Pay refused the call for a body without carrierCode',
    case: trackerCase([PAY_REFUSALS['body']], REFUSED),
    fires: true,
    message: /^POST \/live\/v2\/deliveryTrackers was answered 400 InvalidInputFormat: The request body is malformed/,
  },
  {
    name: 'a call refused for order-id is another requirement\'s',
    case: trackerCase([PAY_REFUSALS['order-id']], REFUSED),
    fires: false,
  },
]);
