import { refusedWithCodeOf } from '../../client/checks/bwp-codes.js';
import { clientRequirement } from '../define.js';

/** An order holds at most five aliases: every operation the API refused with AliasLimitExceeded is a violation. */
export default clientRequirement({
  entry: {
    id: 'BWP-ALIASES',
    level: 'MUST',
    title: 'An order holds at most five aliases.',
    source: {
      page: 'Buy with Prime: Best Practices for Orders',
      section: 'Using order aliases',
    },
    basis: 'documented',
    quote: 'The maximum number of aliases per order is five.',
  },
  check: refusedWithCodeOf('BWP-ALIASES'),
  needs: ['placeOrder'],
  lacking: 'the adapter has no previewDelivery and placeOrder',
});
