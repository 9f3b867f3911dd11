/**
 * The ValidationException codes of the Buy with Prime API by the BWP-* requirement each counts against, and the
 * check of such a rule (src/requirements/bwp/), built here from its id; the inventory codes a step was answered.
 */
import { INVENTORY_CODES } from '../../mocks/bwp/codes.js';
import { stepBwpCalls, type ClientCase, type ClientStep } from '../cases.js';
import { isRetryOfPlacedOrder } from './bwp-retries.js';
import type { ClientCheck, ClientProblem } from './types.js';

/** The requirement each ValidationException code counts against: the client sent what the rule forbids. */
const CODE_RULES: Readonly<Record<string, string>> = {
  ItemIdentifierMismatch: 'BWP-ITEM-ID',
  QuantityMismatch: 'BWP-QUANTITY',
  DeliveryPreviewIdMismatch: 'BWP-PREVIEW-ID',
  DeliveryOfferIdMismatch: 'BWP-OFFER-ID',
  AddressMismatch: 'BWP-ADDRESS',
  ShopperIdMismatch: 'BWP-SHOPPER',
  AliasLimitExceeded: 'BWP-ALIASES',
  AliasValueAlreadyExists: 'BWP-ALIAS-UNIQUE',
  InvalidOrderExecutionState: 'BWP-STATE-REVERT',
  ExecutionAlreadyStarted: 'BWP-STATE-IN-TRANSIT',
  ExecutionCannotBeStartedDueToCancellation: 'BWP-STATE-CANCELLED',
};

/** The scenario family that sets each execution-state rule up. */
const STATE_FAMILIES: Readonly<Record<string, string>> = {
  'BWP-STATE-REVERT': 'bwp/revert',
  'BWP-STATE-IN-TRANSIT': 'bwp/in-transit',
  'BWP-STATE-CANCELLED': 'bwp/cancelled',
};

/** The case calls a Buy with Prime operation. */
export const usesBwp = (c: ClientCase): boolean => c.steps.some((s) => s.op !== 'createDeliveryTracker');
const places = (c: ClientCase): boolean => c.steps.some((s) => s.op === 'placeOrder');
const codesIn = (c: ClientCase): string[] => c.bwpCalls.flatMap((call) => call.operations.flatMap((o) => (o.code ? [o.code] : [])));

/** The check of a rule the API enforces with a ValidationException code: every operation refused with its code is a violation. */
export function refusedWithCodeOf(id: string): Omit<ClientCheck, 'id'> {
  const family = STATE_FAMILIES[id];
  return {
    applies: (c) => (family ? c.family === family : places(c)) || codesIn(c).some((code) => CODE_RULES[code] === id),
    problems: (c) =>
      c.bwpCalls.flatMap((call) =>
        call.operations
          .filter((o) => o.code !== undefined && CODE_RULES[o.code] === id && !(o.code === 'AliasValueAlreadyExists' && isRetryOfPlacedOrder(c, o)))
          .map((o): ClientProblem => ({ message: `${o.field} was refused with ValidationException ${o.code}: ${o.message ?? ''}` })),
      ),
  };
}

/** The inventory codes createOrder answered within a step's window. */
export const inventoryCodes = (c: ClientCase, step: ClientStep): string[] =>
  stepBwpCalls(c, step).flatMap((call) => call.operations.flatMap((o) => (o.code !== undefined && (INVENTORY_CODES as readonly string[]).includes(o.code) ? [o.code] : [])));
