import { bwpRetryChecks } from '../../client/checks/bwp-retries.js';
import { checkIn, clientRequirement } from '../define.js';

export default clientRequirement({
  entry: {
    id: 'BWP-ORDER-ONCE',
    level: 'MUST',
    title: 'One placed order is one Buy with Prime order: createOrder is not sent again after it made the order (a slow answer is not a lost one).',
    source: {
      page: 'Buy with Prime: Best Practices for Orders',
      section: 'Using order aliases',
    },
    basis: 'inferred',
    inference: 'The page has an order alias "associate a Buy with Prime order with a unique identifier in your system": one order of the merchant\'s system is one Buy with Prime order. A createOrder sent again after it made the order (its answer late, not lost) makes a second order of the same cart, which the shopper did not ask for.',
  },
  check: checkIn(bwpRetryChecks, 'BWP-ORDER-ONCE'),
  needs: ['placeOrder'],
  lacking: 'the adapter has no previewDelivery and placeOrder',
});
