import { clientCases } from '../../helpers/check-cases.js';
import { PAY_REFUSALS, payAccepted, rejected, trackerCase } from '../../helpers/commerce-cases.js';

const REFUSED = { outcome: rejected('refused'), effect: false };

export default clientCases([
  { name: 'Amazon Pay accepted the call', case: trackerCase([payAccepted()]), fires: false },
  {
    name: 'Amazon Pay refused the call for a tracking number used already',
    case: trackerCase([PAY_REFUSALS['tracking-reused']], REFUSED),
    fires: true,
    message: /The value provided for trackingNumber is invalid: .* has been used already/,
  },
  {
    name: 'a call refused for carrier is another requirement\'s',
    case: trackerCase([PAY_REFUSALS['carrier']], REFUSED),
    fires: false,
  },
]);
