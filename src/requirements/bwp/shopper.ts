import { refusedWithCodeOf } from '../../client/checks/bwp-codes.js';
import { clientRequirement } from '../define.js';

/** The shopperIdentity of createOrder belongs to the shopper the delivery preview was made for: every operation the API refused with ShopperIdMismatch is a violation. */
export default clientRequirement({
  entry: {
    id: 'BWP-SHOPPER',
    level: 'MUST',
    title: 'The shopperIdentity of createOrder belongs to the shopper the delivery preview was made for (else ShopperIdMismatch).',
    source: {
      page: 'Buy with Prime: Best Practices for Orders',
      section: 'Specifying a delivery preview',
    },
    basis: 'documented',
    quote: 'The shopperIdentity information that you capture through the IdentityTokenInput must match the shopperIdentity information from the deliveryPreview response.',
  },
  check: refusedWithCodeOf('BWP-SHOPPER'),
  needs: ['placeOrder'],
  lacking: 'the adapter has no previewDelivery and placeOrder',
});
