import { createOrderInputs, placeInputs } from '../../client/checks/bwp-orders.js';
import { clientRequirement } from '../define.js';

/** createOrder carries the payment transaction the merchant recorded. */
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
  check: {
    applies: (c) => placeInputs(c).length > 0,
    problems: (c) => {
      const transactions = placeInputs(c).map((p) => p.payment.transactionId);
      return createOrderInputs(c)
        .filter((input) => !transactions.some((t) => JSON.stringify(input['payments'] ?? null).includes(t)))
        .map(() => ({ message: `createOrder carries no payment transaction details (the payment was ${transactions.join(', ')})` }));
    },
  },
  needs: ['placeOrder'],
  lacking: 'the adapter has no previewDelivery and placeOrder',
});
