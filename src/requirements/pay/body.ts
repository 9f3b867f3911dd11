import { payChecks } from '../../client/checks/pay.js';
import { checkIn, clientRequirement } from '../define.js';

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
  check: checkIn(payChecks, 'PAY-BODY'),
  needs: ['createDeliveryTracker'],
  lacking: 'the adapter has no createDeliveryTracker',
});
