import { bwpOutcomeChecks } from '../../client/checks/bwp-outcomes.js';
import { checkIn, clientRequirement } from '../define.js';

export default clientRequirement({
  entry: {
    id: 'BWP-INVENTORY',
    level: 'MUST',
    title: 'SelectedQuantityNotAvailable and ItemOutOfStock reach the caller with their code, so that the shopper decides; of shoppers racing for the last unit, one gets the order and the others the code.',
    source: {
      page: 'Buy with Prime: Best Practices for Orders',
      section: 'Avoiding inventory failures',
    },
    basis: 'documented',
    quote: 'If you haven\'t placed the order in your system, it\'s best to display these errors to shoppers to let them decide if they want to reduce the requested item quantity before placing the order.',
  },
  check: checkIn(bwpOutcomeChecks, 'BWP-INVENTORY'),
  needs: ['placeOrder'],
  lacking: 'the adapter has no previewDelivery and placeOrder',
});
