import { bwpCallChecks } from '../../client/checks/bwp-calls.js';
import { checkIn, clientRequirement } from '../define.js';

export default clientRequirement({
  entry: {
    id: 'BWP-STATE-REVERT',
    level: 'MUST',
    title: 'updateOrder never sets NOT_STARTED on a STARTED order (InvalidOrderExecutionState): the client checks the executionState first.',
    source: {
      page: 'Buy with Prime: Best Practices for Orders',
      section: 'Updating the execution state',
    },
    basis: 'documented',
    quote: 'If the executionState is STARTED and you call updateOrder to set the state to NOT_STARTED, the API call fails with error code InvalidOrderExecutionState.',
  },
  check: checkIn(bwpCallChecks, 'BWP-STATE-REVERT'),
  needs: ['setExecutionState'],
  lacking: 'the adapter has no setExecutionState',
});
