import { clientCases } from '../../helpers/check-cases.js';
import { clientCase, rejected, stateCase, stepOf } from '../../helpers/commerce-cases.js';

export default clientCases([
  {
    name: 'the client read the state and sent no updateOrder',
    case: clientCase('bwp/revert', [stepOf('setExecutionState', { input: { orderId: 'O-1', state: 'NOT_STARTED' }, outcome: rejected('the order cannot be set to NOT_STARTED'), effect: false })]),
    fires: false,
  },
  { name: 'updateOrder set NOT_STARTED and was refused with InvalidOrderExecutionState', case: stateCase('bwp/revert', 'NOT_STARTED', 'InvalidOrderExecutionState'), fires: true, message: /^updateOrder was refused with ValidationException InvalidOrderExecutionState/ },
  { name: 'a refusal with ExecutionAlreadyStarted in bwp/in-transit is another requirement\'s', case: stateCase('bwp/in-transit', 'STARTED', 'ExecutionAlreadyStarted'), fires: false },
  { name: 'updateOrder setting STARTED on an order not started', case: stateCase('bwp/start', 'STARTED'), fires: false },
]);
