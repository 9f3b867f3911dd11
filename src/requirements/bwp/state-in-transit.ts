import { bwpCallChecks } from '../../client/checks/bwp-calls.js';
import { checkIn, clientRequirement } from '../define.js';

export default clientRequirement({
  entry: {
    id: 'BWP-STATE-IN-TRANSIT',
    level: 'MUST',
    title: 'updateOrder does not set STARTED on an order whose delivery is IN_TRANSIT (ExecutionAlreadyStarted).',
    source: {
      page: 'Buy with Prime: Best Practices for Orders',
      section: 'Updating the execution state',
    },
    basis: 'documented',
    quote: 'If the executionState is STARTED and the deliveryInformation indicates that the delivery of the order is IN_TRANSIT or CANCELLED, if you call updateOrder to set the state to STARTED, the API call fails with error code ExecutionAlreadyStarted or ExecutionCannotBeStartedDueToCancellation, respectively.',
  },
  check: checkIn(bwpCallChecks, 'BWP-STATE-IN-TRANSIT'),
  needs: ['setExecutionState'],
  lacking: 'the adapter has no setExecutionState',
});
