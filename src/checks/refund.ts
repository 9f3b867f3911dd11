/** REFUND-*: the refund intent of a skill that sells (Implement Alexa Shopping Actions, "Handle a refund request"). */
import { isObject, speechOf } from './response-shape.js';
import { shoppingDirectives } from './tasks.js';
import type { Check, Entry } from './types.js';

/** Words for "order" and "Amazon account" by language: the guidance must point to the orders in the Amazon account. */
const ORDER_WORDS: Record<string, RegExp> = {
  en: /\border/i,
  de: /bestellung/i,
  fr: /commande/i,
  es: /pedido/i,
  it: /ordin/i,
  pt: /pedido/i,
  ja: /注文/,
  hi: /ऑर्डर|order/i,
};

const refunding = (entry: Entry): boolean => entry.role === 'refund' && isObject(entry.exchange.body);

function localeOf(entry: Entry): string {
  const request = isObject(entry.exchange.request) ? entry.exchange.request['request'] : undefined;
  return isObject(request) && typeof request['locale'] === 'string' ? request['locale'] : 'en-US';
}

/** REFUND-GUIDANCE: the refund intent gets speech that points to the orders in the customer's Amazon account. */
export const guidance: Check = {
  id: 'REFUND-GUIDANCE',
  applies: refunding,
  problems: (entry) => {
    const said = speechOf(entry.exchange.body);
    const language = localeOf(entry).slice(0, 2);
    const orders = ORDER_WORDS[language] ?? ORDER_WORDS['en'];
    if (said === '') return [{ message: 'the refund intent got no speech' }];
    if (/amazon/i.test(said) && orders?.test(said)) return [];
    return [{ message: `the refund speech does not point to the orders in the Amazon account: "${said.slice(0, 160)}"` }];
  },
};

/** REFUND-NO-TASK: the refund response starts no shopping task. */
export const noTask: Check = {
  id: 'REFUND-NO-TASK',
  applies: refunding,
  problems: (entry) => shoppingDirectives(entry.exchange.body).map((d) => ({ message: `the refund response starts ${d.task}` })),
};

export const refundChecks: Check[] = [guidance, noTask];
