import { refusedWithCodeOf } from '../../client/checks/bwp-codes.js';
import { clientRequirement } from '../define.js';

/** The deliveryAddress of createOrder and updateOrder matches the shipping address the delivery preview was made for: every operation the API refused with AddressMismatch is a violation. */
export default clientRequirement({
  entry: {
    id: 'BWP-ADDRESS',
    level: 'MUST',
    title: 'When the delivery preview was made for a shipping address, the deliveryAddress of createOrder and updateOrder matches it.',
    source: {
      page: 'Buy with Prime: Best Practices for Orders',
      section: 'Specifying a delivery preview',
    },
    basis: 'documented',
    quote: 'If you pass a shipping address as an input to the deliveryPreview query, ensure that the deliveryAddress in the RecipientInput of the call to createOrder or updateOrder matches the shopper\'s provided shipping address that you used to generate the delivery preview.',
  },
  check: refusedWithCodeOf('BWP-ADDRESS'),
  needs: ['placeOrder'],
  lacking: 'the adapter has no previewDelivery and placeOrder',
});
