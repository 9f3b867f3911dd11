import { clientCases } from '../../helpers/check-cases.js';
import { clientCase, rejected, stateCase, stepOf } from '../../helpers/commerce-cases.js';

export default clientCases([
  {
    name: 'the client read the state and sent no updateOrder',
    case: clientCase('bwp/in-transit', [stepOf('setExecutionState', { input: { orderId: 'O-1', state: 'STARTED' }, outcome: rejected('the order cannot be set to STARTED'), effect: false })]),
    fires: false,
  },
  { name: 'updateOrder set STARTED and was refused with ExecutionAlreadyStarted', case: stateCase('bwp/in-transit', 'STARTED', 'ExecutionAlreadyStarted'), fires: true, message: /^updateOrder was refused with ValidationException ExecutionAlreadyStarted/ },
  { name: 'a refusal with ExecutionCannotBeStartedDueToCancellation in bwp/cancelled is another requirement\'s', case: stateCase('bwp/cancelled', 'STARTED', 'ExecutionCannotBeStartedDueToCancellation'), fires: false },
  { name: 'updateOrder setting STARTED on an order not started', case: stateCase('bwp/start', 'STARTED'), fires: false },
]);
