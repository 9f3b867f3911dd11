import { clientCases } from '../../helpers/check-cases.js';
import { placedOrder, refusedOrder } from '../../helpers/commerce-cases.js';

export default clientCases([
  { name: 'createOrder made the order', case: placedOrder(), fires: false },
  { name: 'createOrder refused with DeliveryOfferIdMismatch (an offer id not of the preview)', case: refusedOrder('DeliveryOfferIdMismatch'), fires: true, message: /^createOrder was refused with ValidationException DeliveryOfferIdMismatch: refused: DeliveryOfferIdMismatch$/ },
  { name: 'createOrder refused with DeliveryPreviewIdMismatch is another requirement\'s', case: refusedOrder('DeliveryPreviewIdMismatch'), fires: false },
]);
