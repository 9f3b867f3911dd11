/**
 * What the ISP-* requirements judge by (src/requirements/isp/): the product calls the service received, whether a
 * flow's steps concluded and every call of their run was served, and the purchase offers a response makes.
 */
import type { OutboundCall } from '../targets/exchange.js';
import { productCalls, reached, sameRun } from './isp-calls.js';
import { ispMeta, type IspMeta } from './isp-meta.js';
import { directivesOf, isObject } from './response-shape.js';
import type { Entry, Problem, Trace } from './types.js';

export const calling = (entry: Entry): boolean => productCalls(entry).length > 0;
/** The calls the service received. A blocked call (to another host) is ISP-ENDPOINT's alone: the service never saw it. */
export const received = (entry: Entry): OutboundCall[] => productCalls(entry).filter(reached);
export const receiving = (entry: Entry): boolean => received(entry).length > 0;
export const each = (messages: string[]): Problem[] => messages.map((message) => ({ message }));
export const concludes = (entry: Entry, flow: IspMeta['flow']): boolean => {
  const meta = ispMeta(entry);
  return meta?.flow === flow && meta.last && meta.fault === undefined;
};
/** Every product call of the entry's flow run got a 200: nothing went wrong that another check explains. */
export const runServed = (entry: Entry, trace: Trace): boolean => sameRun(entry, trace).every((e) => productCalls(e).every((c) => reached(c) && c.status === 200));
/** Every product call of the run was served, and the run made one. */
export const served = (entry: Entry, trace: Trace): boolean => runServed(entry, trace) && sameRun(entry, trace).some(calling);

export const answered = (entry: Entry | undefined): entry is Entry => entry !== undefined && isObject(entry.exchange.body);

export interface Offer {
  name: string;
  productId: unknown;
}

/** The purchase offers of a response: Connections.SendRequest Buy or Upsell. */
export const offersOf = (body: unknown): Offer[] =>
  directivesOf(body)
    .filter((d) => d['type'] === 'Connections.SendRequest' && (d['name'] === 'Buy' || d['name'] === 'Upsell'))
    .map((d) => {
      const payload = isObject(d['payload']) ? d['payload'] : {};
      const product = isObject(payload['InSkillProduct']) ? payload['InSkillProduct'] : {};
      return { name: String(d['name']), productId: product['productId'] };
    });
