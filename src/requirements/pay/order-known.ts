import { refusedFor } from '../../client/checks/pay-refusals.js';
import { clientRequirement } from '../define.js';

/** The order id is one Amazon Pay issued for an order of the environment called: every call the Amazon Pay mock refused for an unknown order is a violation. */
export default clientRequirement({
  entry: {
    id: 'PAY-ORDER-KNOWN',
    level: 'MUST',
    title: 'The order id is one Amazon Pay issued for an order of the environment called: in Sandbox, the test order created first.',
    source: {
      page: 'Amazon Pay: Setting up delivery notifications',
      section: 'Sandbox testing',
    },
    basis: 'documented',
    quote: 'Create a test order and save the chargePermissionID or orderReferenceID',
  },
  check: refusedFor('PAY-ORDER-KNOWN'),
  needs: ['createDeliveryTracker'],
  lacking: 'the adapter has no createDeliveryTracker',
});
