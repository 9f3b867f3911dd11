import { refusedFor } from '../../client/checks/pay-refusals.js';
import { clientRequirement } from '../define.js';

/** The body names the order by exactly one of amazonOrderReferenceId and chargePermissionId: every call the Amazon Pay mock refused for its order id fields is a violation. */
export default clientRequirement({
  entry: {
    id: 'PAY-ORDER-ID',
    level: 'MUST',
    title: 'The body names the order by exactly one of amazonOrderReferenceId and chargePermissionId.',
    source: {
      page: 'Amazon Pay: Setting up delivery notifications',
      section: '1. Create a Delivery Tracker',
    },
    basis: 'documented',
    quote: 'The Amazon Order Reference ID or Charge Permission ID associated with the order for which the shipments need to be tracked',
  },
  check: refusedFor('PAY-ORDER-ID'),
  needs: ['createDeliveryTracker'],
  lacking: 'the adapter has no createDeliveryTracker',
});
