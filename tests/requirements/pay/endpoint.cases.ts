import { clientCases } from '../../helpers/check-cases.js';
import { PAY_REFUSALS, payAccepted, rejected, trackerCase } from '../../helpers/commerce-cases.js';

const refused = { outcome: rejected('refused'), effect: false };

export default clientCases([
  { name: 'Amazon Pay accepted the call', case: trackerCase([payAccepted()]), fires: false },
  { name: 'a path Amazon Pay does not serve', case: trackerCase([PAY_REFUSALS.endpoint], refused), fires: true, message: /was answered 404 ResourceNotFound: no Amazon Pay operation is served/ },
  { name: 'no Authorization header', case: trackerCase([PAY_REFUSALS.auth], refused), fires: true, message: /was answered 400 MissingHeader/ },
  {
    name: 'a call to another host, stopped there',
    case: trackerCase([], refused, [{ method: 'POST', url: 'https://pay-api.amazon.com/live/v2/deliveryTrackers' }]),
    fires: true,
    message: /^POST https:\/\/pay-api\.amazon\.com\/live\/v2\/deliveryTrackers: a host other than ctx\.pay\.baseUrl \(stopped\)$/,
  },
  { name: 'a call refused for its body is another requirement\'s', case: trackerCase([PAY_REFUSALS.body], refused), fires: false },
]);
