import { INVENTORY_CODES } from '../../mocks/bwp/errors.js';
import type { SetExecutionStateInput } from '../adapter.js';
import { carries, stepBwpCalls, type ClientCase, type ClientStep } from '../cases.js';
import { usesBwp } from './bwp-calls.js';
import type { ClientCheck, ClientProblem } from './types.js';

/** The inventory codes createOrder answered within a step's window. */
const inventoryCodes = (c: ClientCase, step: ClientStep): string[] =>
  stepBwpCalls(c, step).flatMap((call) => call.operations.flatMap((o) => (o.code !== undefined && (INVENTORY_CODES as readonly string[]).includes(o.code) ? [o.code] : [])));

/**
 * BWP-INVENTORY: after SelectedQuantityNotAvailable or ItemOutOfStock, placeOrder rejects with the code (the
 * shopper decides), or resolves with an order of the cart as asked (it won a race). Nothing else.
 */
const inventory: ClientCheck = {
  id: 'BWP-INVENTORY',
  applies: (c) => typeof c.facts['code'] === 'string' || c.facts['race'] === true || c.steps.some((s) => inventoryCodes(c, s).length > 0),
  problems: (c) =>
    c.steps.flatMap((step): ClientProblem[] => {
      const codes = [...new Set(inventoryCodes(c, step))];
      if (step.op !== 'placeOrder' || codes.length === 0) return [];
      if (step.outcome.resolved && !step.effect) return [{ message: `placeOrder resolved after createOrder answered ${codes.join(' and ')}, with no order of the cart as the shopper asked for it` }];
      if (!step.outcome.resolved && !codes.some((code) => carries(step.outcome, code))) return [{ message: `placeOrder rejected without the code ${codes.join(' or ')} (it said "${step.outcome.error.message}")` }];
      return [];
    }),
};

const PROMISE: Readonly<Record<string, (input: unknown) => string>> = {
  previewDelivery: () => 'its value is not the deliveryPreview the API answered',
  placeOrder: () => "no new order of the cart's items has the orderId it resolved with",
  setExecutionState: (input) => `the order is not ${(input as SetExecutionStateInput).state}`,
};

/** BWP-ERRORS: an operation resolves only when it took effect (inventory codes are BWP-INVENTORY's). */
const errors: ClientCheck = {
  id: 'BWP-ERRORS',
  applies: usesBwp,
  problems: (c) =>
    c.steps.flatMap((step): ClientProblem[] => {
      const promise = PROMISE[step.op];
      if (!promise || !step.outcome.resolved || step.effect || inventoryCodes(c, step).length > 0) return [];
      const faults = stepBwpCalls(c, step).filter((call) => call.fault !== undefined || (call.status ?? 200) >= 400);
      const cause = faults.length > 0 ? ` (the API answered ${faults.map((f) => f.status).join(', ')})` : '';
      return [{ message: `${step.op} resolved, but ${promise(step.input)}${cause}` }];
    }),
};

export const bwpOutcomeChecks: readonly ClientCheck[] = [inventory, errors];
