import { payChecks } from '../../client/checks/pay.js';
import { checkIn, clientRequirement } from '../define.js';

export default clientRequirement({
  entry: {
    id: 'PAY-ERRORS',
    level: 'MUST',
    title: 'An error answer (400 InvalidInputFormat or InvalidParameterValue, throttling, a server error) reaches the caller: the operation rejects, with the reasonCode of a 400, and resolves only once every shipment has its tracker.',
    source: {
      page: 'Amazon Pay API v2: Delivery Tracker',
      section: 'Create Delivery Tracker',
    },
    basis: 'inferred',
    inference: 'The API answers 400 InvalidInputFormat or InvalidParameterValue to a request it refuses, and no tracker exists then; a client that resolves anyway tells its caller the buyer will be notified when the buyer will not.',
  },
  check: checkIn(payChecks, 'PAY-ERRORS'),
  needs: ['createDeliveryTracker'],
  lacking: 'the adapter has no createDeliveryTracker',
});
