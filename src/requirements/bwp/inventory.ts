import { carries } from '../../client/cases.js';
import { inventoryCodes } from '../../client/checks/bwp-codes.js';
import type { ClientProblem } from '../../client/checks/types.js';
import { clientRequirement } from '../define.js';

/**
 * After SelectedQuantityNotAvailable or ItemOutOfStock, placeOrder rejects with the code (the shopper decides), or
 * resolves with an order of the cart as asked (it won a race). Nothing else.
 */
export default clientRequirement({
  entry: {
    id: 'BWP-INVENTORY',
    level: 'MUST',
    title: 'SelectedQuantityNotAvailable and ItemOutOfStock reach the caller with their code, so that the shopper decides; of shoppers racing for the last unit, one gets the order and the others the code.',
    source: {
      page: 'Buy with Prime: Best Practices for Orders',
      section: 'Avoiding inventory failures',
    },
    basis: 'documented',
    quote: 'If you haven\'t placed the order in your system, it\'s best to display these errors to shoppers to let them decide if they want to reduce the requested item quantity before placing the order.',
  },
  check: {
    applies: (c) => typeof c.facts['code'] === 'string' || c.facts['race'] === true || c.steps.some((s) => inventoryCodes(c, s).length > 0),
    problems: (c) =>
      c.steps.flatMap((step): ClientProblem[] => {
        const codes = [...new Set(inventoryCodes(c, step))];
        if (step.op !== 'placeOrder' || codes.length === 0) return [];
        if (step.outcome.resolved && !step.effect) return [{ message: `placeOrder resolved after createOrder answered ${codes.join(' and ')}, with no order of the cart as the shopper asked for it` }];
        if (!step.outcome.resolved && !codes.some((code) => carries(step.outcome, code))) return [{ message: `placeOrder rejected without the code ${codes.join(' or ')} (it said "${step.outcome.error.message}")` }];
        return [];
      }),
  },
  needs: ['placeOrder'],
  lacking: 'the adapter has no previewDelivery and placeOrder',
});
