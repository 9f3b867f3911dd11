import { bwpCallChecks } from '../../client/checks/bwp-calls.js';
import { checkIn, clientRequirement } from '../define.js';

export default clientRequirement({
  entry: {
    id: 'BWP-QUANTITY',
    level: 'MUST',
    title: 'A line item\'s QuantityInput is the quantity of its delivery item in the deliveryPreview response.',
    source: {
      page: 'Buy with Prime: Best Practices for Orders',
      section: 'Specifying a delivery preview',
    },
    basis: 'documented',
    quote: 'The item quantity in QuantityInput must match the quantity of the delivery item in the selected delivery offer from the deliveryPreview response.',
  },
  check: checkIn(bwpCallChecks, 'BWP-QUANTITY'),
  needs: ['placeOrder'],
  lacking: 'the adapter has no previewDelivery and placeOrder',
});
