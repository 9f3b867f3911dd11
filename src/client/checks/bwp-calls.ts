import type { BwpCall } from '../../mocks/bwp/core.js';
import type { ClientCase } from '../cases.js';
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

export const usesBwp = (c: ClientCase): boolean => c.steps.some((s) => s.op !== 'createDeliveryTracker');
const places = (c: ClientCase): boolean => c.steps.some((s) => s.op === 'placeOrder');
const codesIn = (c: ClientCase): string[] => c.bwpCalls.flatMap((call) => call.operations.flatMap((o) => (o.code ? [o.code] : [])));

const firstError = (call: BwpCall): string => {
  const errors = (call.answer as { errors?: { message?: string }[] } | undefined)?.errors;
  return errors?.[0]?.message ?? '';
};

function byCode(id: string): ClientCheck {
  const family = STATE_FAMILIES[id];
  return {
    id,
    applies: (c) => (family ? c.family === family : places(c)) || codesIn(c).some((code) => CODE_RULES[code] === id),
    problems: (c) =>
      c.bwpCalls.flatMap((call) =>
        call.operations
          .filter((o) => o.code !== undefined && CODE_RULES[o.code] === id && !(o.code === 'AliasValueAlreadyExists' && isRetryOfPlacedOrder(c, o)))
          .map((o): ClientProblem => ({ message: `${o.field} was refused with ValidationException ${o.code}: ${o.message ?? ''}` })),
      ),
  };
}

/** BWP-REQUEST: every call reached the endpoint, with the token, in a document and inputs the API accepts. */
const request: ClientCheck = {
  id: 'BWP-REQUEST',
  applies: usesBwp,
  problems: (c) => [
    ...c.bwpCalls.filter((call) => call.broke !== undefined).map((call) => ({ message: `${call.method} ${new URL(call.url).pathname} was answered ${call.status}: ${firstError(call)}` })),
    ...(c.family.startsWith('bwp/') ? c.blocked.map((b) => ({ message: `${b.method} ${b.url}: a host other than ctx.bwp.endpoint (stopped)` })) : []),
  ],
};

export const bwpCallChecks: readonly ClientCheck[] = [request, ...Object.values(CODE_RULES).filter((id, i, all) => all.indexOf(id) === i).map(byCode)];
