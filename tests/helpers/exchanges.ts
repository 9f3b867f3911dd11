/** Hand-built entries whose exchange went otherwise than entryOf's plain 200: an HTTP status, a throw, a timeout, a size. */
import type { Entry, EntryMeta, Role } from '../../src/checks/types.js';
import type { Exchange } from '../../src/targets/exchange.js';
import { bodyOf, entryOf } from './traces.js';

/** The entry with some of its exchange's fields replaced. */
export const withExchange = (entry: Entry, exchange: Partial<Exchange>): Entry => ({ ...entry, exchange: { ...entry.exchange, ...exchange } });

/** An endpoint that answered another HTTP status, with a body that is a good response envelope. */
export const httpStatus = (role: Role, status: number): Entry => withExchange(entryOf(role, bodyOf('Hello.')), { status });

/** A handler that threw: no status and no body, only the error. */
export const threw = (role: Role): Entry =>
  withExchange(entryOf(role, undefined), { status: undefined, body: undefined, bytes: 0, error: 'the handler threw: TypeError: Cannot read properties of undefined' });

/** A request that got no answer within the run's timeout. */
export const timedOut = (role: Role, meta?: EntryMeta): Entry =>
  withExchange(entryOf(role, undefined, meta ? { meta } : {}), { status: undefined, body: undefined, bytes: 0, ms: 8000, timedOut: true, error: 'no answer within 8000 ms' });

/** A response that says and does nothing: the answer a request that wants silence gets. */
export const emptyResponse = () => ({ version: '1.0', response: {} });

/** A Connections.StartConnection of a shopping task for some products. */
export const startConnection = (task: string, ...asins: string[]) => ({
  type: 'Connections.StartConnection',
  uri: `connection://AMAZON.${task}/1`,
  input: { products: asins.map((asin) => ({ asin })) },
  token: 't',
});
