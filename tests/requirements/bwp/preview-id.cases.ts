import { clientCases } from '../../helpers/check-cases.js';
import { placedOrder, refusedOrder } from '../../helpers/commerce-cases.js';

export default clientCases([
  { name: 'createOrder made the order', case: placedOrder(), fires: false },
  { name: 'createOrder refused with DeliveryPreviewIdMismatch (another preview)', case: refusedOrder('DeliveryPreviewIdMismatch'), fires: true, message: /^createOrder was refused with ValidationException DeliveryPreviewIdMismatch: refused: DeliveryPreviewIdMismatch$/ },
  { name: 'createOrder refused with DeliveryOfferIdMismatch is another requirement\'s', case: refusedOrder('DeliveryOfferIdMismatch'), fires: false },
]);
