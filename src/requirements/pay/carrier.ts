import { refusedFor } from '../../client/checks/pay-refusals.js';
import { clientRequirement } from '../define.js';

/** carrierCode is a code of Amazon Pay's carrierCode list: every call the Amazon Pay mock refused for its carrierCode is a violation. */
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
  check: refusedFor('PAY-CARRIER'),
  needs: ['createDeliveryTracker'],
  lacking: 'the adapter has no createDeliveryTracker',
});
