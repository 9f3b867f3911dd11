import { bwpChargeChecks } from '../../client/checks/bwp-charges.js';
import { checkIn, clientRequirement } from '../define.js';

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
  check: checkIn(bwpChargeChecks, 'BWP-LINE-CHARGES'),
  needs: ['placeOrder'],
  lacking: 'the adapter has no previewDelivery and placeOrder',
});
