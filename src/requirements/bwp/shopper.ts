import { bwpCallChecks } from '../../client/checks/bwp-calls.js';
import { checkIn, clientRequirement } from '../define.js';

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
  check: checkIn(bwpCallChecks, 'BWP-SHOPPER'),
  needs: ['placeOrder'],
  lacking: 'the adapter has no previewDelivery and placeOrder',
});
