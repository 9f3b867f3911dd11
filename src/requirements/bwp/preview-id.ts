import { bwpCallChecks } from '../../client/checks/bwp-calls.js';
import { checkIn, clientRequirement } from '../define.js';

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
  check: checkIn(bwpCallChecks, 'BWP-PREVIEW-ID'),
  needs: ['placeOrder'],
  lacking: 'the adapter has no previewDelivery and placeOrder',
});
