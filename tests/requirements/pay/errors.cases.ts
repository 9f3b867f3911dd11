import { clientCases } from '../../helpers/check-cases.js';
import { PAY_REFUSALS, payAccepted, rejected, resolved, trackerCase } from '../../helpers/commerce-cases.js';

// A 400 the harness injected: the client must reject, naming its reasonCode.
const injected = { ...payAccepted(), status: 400, answer: { reasonCode: 'InvalidParameterValue', message: 'The value provided for deliveryDetails is invalid.' }, fault: '400' };

export default clientCases([
  { name: 'resolved, every shipment tracked', case: trackerCase([payAccepted()]), fires: false },
  {
    name: 'resolved after Amazon Pay refused the call',
    case: trackerCase([PAY_REFUSALS.carrier], { outcome: resolved(), effect: false }),
    fires: true,
    message: /^createDeliveryTracker resolved, but Amazon Pay holds no tracker for every shipment \(the last call POST \/live\/v2\/deliveryTrackers was answered 400 InvalidParameterValue/,
  },
  { name: 'resolved without calling Amazon Pay', case: trackerCase([], { outcome: resolved(), effect: false }), fires: true, message: /\(no call reached Amazon Pay\)$/ },
  { name: 'rejected after an injected 400, naming its reasonCode', case: trackerCase([injected], { outcome: rejected('Amazon Pay: InvalidParameterValue'), effect: false }), fires: false },
  { name: 'rejected after an injected 400, reasonCode as a field', case: trackerCase([injected], { outcome: rejected('failed', { reasonCode: 'InvalidParameterValue' }), effect: false }), fires: false },
  {
    name: 'rejected after an injected 400 without its reasonCode',
    case: trackerCase([injected], { outcome: rejected('request failed'), effect: false }),
    fires: true,
    message: /^createDeliveryTracker rejected without the reasonCode InvalidParameterValue Amazon Pay answered \(it said "request failed"\)$/,
  },
]);
