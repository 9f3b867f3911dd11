import { refusedWithCodeOf } from '../../client/checks/bwp-codes.js';
import { clientRequirement } from '../define.js';

/** An order alias is held by no other order of the store (a retry of the order just made, refused for its own alias, is BWP-ORDER-ONCE's): every operation the API refused with AliasValueAlreadyExists is a violation. */
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
  check: refusedWithCodeOf('BWP-ALIAS-UNIQUE'),
  needs: ['placeOrder'],
  lacking: 'the adapter has no previewDelivery and placeOrder',
});
