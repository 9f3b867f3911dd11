import { bwpCallChecks } from '../../client/checks/bwp-calls.js';
import { checkIn, clientRequirement } from '../define.js';

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
  check: checkIn(bwpCallChecks, 'BWP-ALIASES'),
  needs: ['placeOrder'],
  lacking: 'the adapter has no previewDelivery and placeOrder',
});
