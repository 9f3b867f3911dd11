import { refusedWithCodeOf } from '../../client/checks/bwp-codes.js';
import { clientRequirement } from '../define.js';

/** UpdateOrder never sets NOT_STARTED on a STARTED order: every operation the API refused with InvalidOrderExecutionState is a violation. */
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
  check: refusedWithCodeOf('BWP-STATE-REVERT'),
  needs: ['setExecutionState'],
  lacking: 'the adapter has no setExecutionState',
});
