import { refusedWithCodeOf } from '../../client/checks/bwp-codes.js';
import { clientRequirement } from '../define.js';

/** The deliveryPreviewId of DeliveryOfferDetailsInput is the id of the deliveryPreview response: every operation the API refused with DeliveryPreviewIdMismatch is a violation. */
export default clientRequirement({
  entry: {
    id: 'BWP-PREVIEW-ID',
    level: 'MUST',
    title: 'The deliveryPreviewId of DeliveryOfferDetailsInput is the id of the deliveryPreview response.',
    source: {
      page: 'Buy with Prime: Best Practices for Orders',
      section: 'Specifying a delivery preview',
    },
    basis: 'documented',
    quote: 'The deliveryPreviewId in the DeliveryOfferDetailsInput must match the deliveryPreviewId from the deliveryPreview response.',
  },
  check: refusedWithCodeOf('BWP-PREVIEW-ID'),
  needs: ['placeOrder'],
  lacking: 'the adapter has no previewDelivery and placeOrder',
});
