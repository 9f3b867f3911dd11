import { clientCases } from '../../helpers/check-cases.js';
import { clientCase, rejected, stateCase, stepOf } from '../../helpers/commerce-cases.js';

export default clientCases([
  {
    name: 'the client read the state and sent no updateOrder',
    case: clientCase('bwp/cancelled', [stepOf('setExecutionState', { input: { orderId: 'O-1', state: 'STARTED' }, outcome: rejected('the order cannot be set to STARTED'), effect: false })]),
    fires: false,
  },
  { name: 'updateOrder set STARTED and was refused with ExecutionCannotBeStartedDueToCancellation', case: stateCase('bwp/cancelled', 'STARTED', 'ExecutionCannotBeStartedDueToCancellation'), fires: true, message: /^updateOrder was refused with ValidationException ExecutionCannotBeStartedDueToCancellation/ },
  { name: 'a refusal with InvalidOrderExecutionState in bwp/revert is another requirement\'s', case: stateCase('bwp/revert', 'NOT_STARTED', 'InvalidOrderExecutionState'), fires: false },
  { name: 'updateOrder setting STARTED on an order not started', case: stateCase('bwp/start', 'STARTED'), fires: false },
]);
