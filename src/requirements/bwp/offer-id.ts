import { refusedWithCodeOf } from '../../client/checks/bwp-codes.js';
import { clientRequirement } from '../define.js';

/** SelectedDeliveryOffer.details.id is the id of a delivery offer of the deliveryPreview response: every operation the API refused with DeliveryOfferIdMismatch is a violation. */
export default clientRequirement({
  entry: {
    id: 'BWP-OFFER-ID',
    level: 'MUST',
    title: 'selectedDeliveryOffer.details.id is the id of a delivery offer of the line item\'s delivery group in the deliveryPreview response.',
    source: {
      page: 'Buy with Prime: Best Practices for Orders',
      section: 'Specifying a delivery preview',
    },
    basis: 'documented',
    quote: 'The selectedDeliveryOffer.details.id in the DeliveryOfferDetailsInput must match the selected deliveryOffer.id from the deliveryPreview response.',
  },
  check: refusedWithCodeOf('BWP-OFFER-ID'),
  needs: ['placeOrder'],
  lacking: 'the adapter has no previewDelivery and placeOrder',
});
