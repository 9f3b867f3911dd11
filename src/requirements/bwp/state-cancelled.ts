import { refusedWithCodeOf } from '../../client/checks/bwp-codes.js';
import { clientRequirement } from '../define.js';

/** UpdateOrder does not set STARTED on an order whose delivery is CANCELLED: every operation the API refused with ExecutionCannotBeStartedDueToCancellation is a violation. */
export default clientRequirement({
  entry: {
    id: 'BWP-STATE-CANCELLED',
    level: 'MUST',
    title: 'updateOrder does not set STARTED on an order whose delivery is CANCELLED (ExecutionCannotBeStartedDueToCancellation).',
    source: {
      page: 'Buy with Prime: Best Practices for Orders',
      section: 'Updating the execution state',
    },
    basis: 'documented',
    quote: 'If the executionState is STARTED and the deliveryInformation indicates that the delivery of the order is IN_TRANSIT or CANCELLED, if you call updateOrder to set the state to STARTED, the API call fails with error code ExecutionAlreadyStarted or ExecutionCannotBeStartedDueToCancellation, respectively.',
  },
  check: refusedWithCodeOf('BWP-STATE-CANCELLED'),
  needs: ['setExecutionState'],
  lacking: 'the adapter has no setExecutionState',
});
