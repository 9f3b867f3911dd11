import { payChecks } from '../../client/checks/pay.js';
import { checkIn, clientRequirement } from '../define.js';

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
  check: checkIn(payChecks, 'PAY-TRACKING-ONCE'),
  needs: ['createDeliveryTracker'],
  lacking: 'the adapter has no createDeliveryTracker',
});
