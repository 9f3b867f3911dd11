import { refusedFor } from '../../client/checks/pay-refusals.js';
import { clientRequirement } from '../define.js';

/** The body is a JSON object whose deliveryDetails list the shipments as { trackingNumber, carrierCode }, beside the order id and nothing else: every call the Amazon Pay mock refused as a malformed body is a violation. */
export default clientRequirement({
  entry: {
    id: 'PAY-BODY',
    level: 'MUST',
    title: 'The body is a JSON object whose deliveryDetails list the shipments as { trackingNumber, carrierCode }, beside the order id and nothing else.',
    source: {
      page: 'Amazon Pay: Setting up delivery notifications',
      section: '1. Create a Delivery Tracker',
    },
    basis: 'documented',
    quote: 'Call Create Delivery Tracker with the Amazon chargePermissionID, shipping company carrierCode, and trackingNumber to enable delivery notifications.',
  },
  check: refusedFor('PAY-BODY'),
  needs: ['createDeliveryTracker'],
  lacking: 'the adapter has no createDeliveryTracker',
});
