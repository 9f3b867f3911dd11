import { clientCases } from '../../helpers/check-cases.js';
import { PAY_REFUSALS, payAccepted, rejected, trackerCase } from '../../helpers/commerce-cases.js';

const REFUSED = { outcome: rejected('refused'), effect: false };

export default clientCases([
  { name: 'Amazon Pay accepted the call', case: trackerCase([payAccepted()]), fires: false },
  {
    name: 'Amazon Pay refused the call for a carrierCode off the list',
    case: trackerCase([PAY_REFUSALS['carrier']], REFUSED),
    fires: true,
    message: /was answered 400 InvalidParameterValue: The value provided for carrierCode is invalid/,
  },
  {
    name: 'a call refused for tracking-reused is another requirement\'s',
    case: trackerCase([PAY_REFUSALS['tracking-reused']], REFUSED),
    fires: false,
  },
]);
