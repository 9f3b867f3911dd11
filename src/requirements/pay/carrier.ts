import { payChecks } from '../../client/checks/pay.js';
import { checkIn, clientRequirement } from '../define.js';

export default clientRequirement({
  entry: {
    id: 'PAY-CARRIER',
    level: 'MUST',
    title: 'carrierCode is a code of Amazon Pay\'s carrierCode list.',
    source: {
      page: 'Amazon Pay: Setting up delivery notifications',
      section: '1. Create a Delivery Tracker',
    },
    basis: 'documented',
    quote: 'The shipping company code used for delivering goods to the customer. Download carrierCode list',
  },
  check: checkIn(payChecks, 'PAY-CARRIER'),
  needs: ['createDeliveryTracker'],
  lacking: 'the adapter has no createDeliveryTracker',
});
