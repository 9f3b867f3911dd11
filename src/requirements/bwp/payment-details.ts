import { bwpChargeChecks } from '../../client/checks/bwp-charges.js';
import { checkIn, clientRequirement } from '../define.js';

export default clientRequirement({
  entry: {
    id: 'BWP-PAYMENT-DETAILS',
    level: 'SHOULD',
    title: 'createOrder carries payment transaction details.',
    source: {
      page: 'Buy with Prime: Best Practices for Orders',
      section: 'Providing payment details',
    },
    basis: 'documented',
    quote: 'Although you only need to provide minimal payment information, we recommend that you provide payment transaction details to help provide guidance for any shopper queries about the order.',
  },
  check: checkIn(bwpChargeChecks, 'BWP-PAYMENT-DETAILS'),
  needs: ['placeOrder'],
  lacking: 'the adapter has no previewDelivery and placeOrder',
});
