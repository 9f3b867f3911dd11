import { refusedFor } from '../../client/checks/pay-refusals.js';
import { clientRequirement } from '../define.js';

/** A tracking number is sent once: every call the Amazon Pay mock refused for a tracking number already given to a tracker is a violation. */
export default clientRequirement({
  entry: {
    id: 'PAY-TRACKING-ONCE',
    level: 'MUST',
    title: 'A tracking number is sent once: never again after a delivery tracker was created with it.',
    source: {
      page: 'Amazon Pay: Setting up delivery notifications',
      section: 'Live testing (optional)',
    },
    basis: 'documented',
    quote: 'Note that tracking codes can only be used once.',
  },
  check: refusedFor('PAY-TRACKING-ONCE'),
  needs: ['createDeliveryTracker'],
  lacking: 'the adapter has no createDeliveryTracker',
});
