import { refusedWithCodeOf } from '../../client/checks/bwp-codes.js';
import { clientRequirement } from '../define.js';

/** The item identifiers of a line item are those of a delivery item of the deliveryPreview response: every operation the API refused with ItemIdentifierMismatch is a violation. */
export default clientRequirement({
  entry: {
    id: 'BWP-ITEM-ID',
    level: 'MUST',
    title: 'The item identifiers of a line item\'s PurchasedItemInput are those of a delivery item of the deliveryPreview response.',
    source: {
      page: 'Buy with Prime: Best Practices for Orders',
      section: 'Specifying a delivery preview',
    },
    basis: 'documented',
    quote: 'The identifiers that you provide to the PurchasedItemInput of the createOrder mutation must match the item identifiers of the selected delivery item from the response to a deliveryPreview query.',
  },
  check: refusedWithCodeOf('BWP-ITEM-ID'),
  needs: ['placeOrder'],
  lacking: 'the adapter has no previewDelivery and placeOrder',
});
