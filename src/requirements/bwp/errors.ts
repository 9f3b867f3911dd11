import type { SetExecutionStateInput } from '../../client/adapter.js';
import { stepBwpCalls } from '../../client/cases.js';
import { inventoryCodes, usesBwp } from '../../client/checks/bwp-codes.js';
import type { ClientProblem } from '../../client/checks/types.js';
import { clientRequirement } from '../define.js';

const PROMISE: Readonly<Record<string, (input: unknown) => string>> = {
  previewDelivery: () => 'its value is not the deliveryPreview the API answered',
  placeOrder: () => "no new order of the cart's items has the orderId it resolved with",
  setExecutionState: (input) => `the order is not ${(input as SetExecutionStateInput).state}`,
};

/** An operation resolves only when it took effect (inventory codes are BWP-INVENTORY's). */
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
  check: {
    applies: usesBwp,
    problems: (c) =>
      c.steps.flatMap((step): ClientProblem[] => {
        const promise = PROMISE[step.op];
        if (!promise || !step.outcome.resolved || step.effect || inventoryCodes(c, step).length > 0) return [];
        const faults = stepBwpCalls(c, step).filter((call) => call.fault !== undefined || (call.status ?? 200) >= 400);
        const cause = faults.length > 0 ? ` (the API answered ${faults.map((f) => f.status).join(', ')})` : '';
        return [{ message: `${step.op} resolved, but ${promise(step.input)}${cause}` }];
      }),
  },
  needs: ['placeOrder', 'setExecutionState'],
  lacking: 'the adapter has no Buy with Prime operation',
});
