import { createOrderInputs, isRecord, lineItemOf, placeInputs } from '../../client/checks/bwp-orders.js';
import type { ClientProblem } from '../../client/checks/types.js';
import { clientRequirement } from '../define.js';

/** The cart's taxes and discounts are on their line items, not only on the order. */
export default clientRequirement({
  entry: {
    id: 'BWP-LINE-CHARGES',
    level: 'SHOULD',
    title: 'Monetary charges such as taxes and discounts are given on the line items, not only on the order.',
    source: {
      page: 'Buy with Prime: Best Practices for Orders',
      section: 'Providing order details',
    },
    basis: 'documented',
    quote: 'In particular, we strongly recommend that you specify any monetary charges on the order, such as discounts or taxes, at the line-item level.',
  },
  check: {
    applies: (c) => placeInputs(c).some((p) => p.cart.some((l) => l.tax || l.discount)),
    problems: (c) => {
      const cart = placeInputs(c)[0]?.cart ?? [];
      return createOrderInputs(c).flatMap((input) =>
        cart.flatMap((line, at): ClientProblem[] => {
          const item = lineItemOf(input, line, at);
          const missing = [line.tax && !isRecord(item?.['taxes']) ? 'tax' : undefined, line.discount && !isRecord(item?.['discounts']) ? 'discount' : undefined].filter((m) => m !== undefined);
          return missing.length === 0 ? [] : [{ message: `the ${missing.join(' and ')} of ${line.sku} is not on its line item${isRecord(input['discounts']) ? ' (the order carries discounts as a whole)' : ''}` }];
        }),
      );
    },
  },
  needs: ['placeOrder'],
  lacking: 'the adapter has no previewDelivery and placeOrder',
});
