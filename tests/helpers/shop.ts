/** Hand-built hand-overs for the SHOP-* cases: a well-formed StartConnection of each shopping task, and the entries that carry one. */
import type { Entry, EntryMeta, Role } from '../../src/checks/types.js';
import { bodyOf, entryOf } from './traces.js';

type Json = Record<string, unknown>;

export const ASIN = 'B0000000A1';

/** A StartConnection to a shopping task as the API reference writes it; `extra` replaces or adds top-level fields. */
export function startConnection(task: string, extra: Json = {}): Json {
  const products = [{ asin: ASIN }];
  const input = task === 'AddToList' ? { products, listType: 'WISHLIST' } : { products };
  const completion = task === 'RecommendShoppingProducts' ? { onCompletion: 'SEND_ERRORS_ONLY' } : {};
  return { type: 'Connections.StartConnection', uri: `connection://AMAZON.${task}/1`, input, token: 'cart-token', ...completion, ...extra };
}

/** A response that speaks and carries these directives (and more response fields). */
export const handOverBody = (directives: unknown[], response: Json = {}) => bodyOf('Okay.', { directives, ...response });

/** The last step of an action (role handover) answered with these directives. */
export const handOver = (directives: unknown[], options: { response?: Json; meta?: EntryMeta; role?: Role } = {}) =>
  entryOf(options.role ?? 'handover', handOverBody(directives, options.response), { meta: options.meta ?? {} });

/** An IntentRequest for this intent, as the request field of an envelope. */
export const intent = (name: string): Json => ({ type: 'IntentRequest', intent: { name, confirmationStatus: 'NONE', slots: {} } });

/** An entry whose request is this one (a LaunchRequest, an intent), answered with this body. */
export function answerTo(request: Json, body: unknown, options: { meta?: EntryMeta; role?: Role } = {}): Entry {
  const entry = entryOf(options.role ?? 'consent', body, { meta: options.meta ?? {} });
  return { ...entry, exchange: { ...entry.exchange, request: { version: '1.0', request: { requestId: 'amzn1.echo-api.request.t', locale: 'en-US', ...request } } } };
}
