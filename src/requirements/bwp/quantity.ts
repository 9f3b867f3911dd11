import { refusedWithCodeOf } from '../../client/checks/bwp-codes.js';
import { clientRequirement } from '../define.js';

/** A line item's quantity is that of its delivery item in the deliveryPreview response: every operation the API refused with QuantityMismatch is a violation. */
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
  check: refusedWithCodeOf('BWP-QUANTITY'),
  needs: ['placeOrder'],
  lacking: 'the adapter has no previewDelivery and placeOrder',
});
