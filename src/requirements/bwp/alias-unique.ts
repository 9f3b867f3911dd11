import { bwpCallChecks } from '../../client/checks/bwp-calls.js';
import { checkIn, clientRequirement } from '../define.js';

export default clientRequirement({
  entry: {
    id: 'BWP-ALIAS-UNIQUE',
    level: 'MUST',
    title: 'An order alias is held by no other order of the store.',
    source: {
      page: 'Buy with Prime: Best Practices for Orders',
      section: 'Using order aliases',
    },
    basis: 'documented',
    quote: 'The Buy with Prime API requires order aliases to be unique across orders in the same store.',
  },
  check: checkIn(bwpCallChecks, 'BWP-ALIAS-UNIQUE'),
  needs: ['placeOrder'],
  lacking: 'the adapter has no previewDelivery and placeOrder',
});
