import { directivesOf, isObject } from '../checks/response-shape.js';
import { shoppingDirectives } from '../checks/tasks.js';
import type { ShoppingTask } from '../checks/types.js';

/** The purchase requests an in-skill product flow ends in (Connections.SendRequest names). */
const PURCHASES = ['Buy', 'Upsell', 'Cancel'] as const;
type Purchase = (typeof PURCHASES)[number];

/** Where a path ended: a shopping task handed to Alexa, or an in-skill purchase request. */
export type HandOff = { task: ShoppingTask } | { purchase: Purchase; productId?: string };

/**
 * The config key a hand-off fills. A Buy request is what the offer steps must end in, an Upsell what the
 * premium steps end in for a customer who lacks the product; a Cancel has no steps of its own in the config.
 */
export function goalOf(handOff: HandOff): string {
  if ('task' in handOff) return `actions.${handOff.task}`;
  return handOff.purchase === 'Buy' ? 'isp.offer' : handOff.purchase === 'Upsell' ? 'isp.premium' : 'isp.cancel';
}

/** Every goal exploration looks for, in the order reports list them. */
export const GOALS: readonly string[] = [
  'actions.AddToShoppingCart',
  'actions.BuyShoppingProducts',
  'actions.AddToList',
  'actions.RecommendShoppingProducts',
  'isp.offer',
  'isp.premium',
  'isp.cancel',
];

/** The hand-off an answer makes, if any: the first shopping StartConnection, else the first purchase SendRequest. */
export function handOffOf(body: unknown): HandOff | undefined {
  const [shopping] = shoppingDirectives(body);
  if (shopping) return { task: shopping.task };
  const request = directivesOf(body).find((d) => d['type'] === 'Connections.SendRequest' && PURCHASES.includes(d['name'] as Purchase));
  if (!request) return undefined;
  const payload = isObject(request['payload']) ? request['payload'] : {};
  const product = isObject(payload['InSkillProduct']) ? payload['InSkillProduct'] : {};
  return { purchase: request['name'] as Purchase, ...(typeof product['productId'] === 'string' ? { productId: product['productId'] } : {}) };
}

