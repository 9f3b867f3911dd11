import { bwpOutcomeChecks } from '../../client/checks/bwp-outcomes.js';
import { checkIn, clientRequirement } from '../define.js';

export default clientRequirement({
  entry: {
    id: 'BWP-ERRORS',
    level: 'MUST',
    title: 'Every other error answer (a ValidationException, throttling, a server error) reaches the caller: an operation resolves only when it took effect (the preview was given, the order exists, its state is the one asked for).',
    source: {
      page: 'Buy with Prime: Best Practices for Orders',
      section: 'Best Practices for Orders',
    },
    basis: 'inferred',
    inference: 'The page lists, call by call, the cases in which "the API call fails" (a ValidationException with its code); an operation that resolves after such a failure reports a preview, an order or a state that does not exist.',
  },
  check: checkIn(bwpOutcomeChecks, 'BWP-ERRORS'),
  needs: ['placeOrder', 'setExecutionState'],
  lacking: 'the adapter has no Buy with Prime operation',
});
