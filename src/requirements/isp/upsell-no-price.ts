import { directivesOf, isObject } from '../../checks/response-shape.js';
import { skillRequirement } from '../define.js';

/** A price as a message would say it: a currency sign or code beside a number, or a number followed by a currency's name. */
const PRICE = /(?:[$€£¥₹]|\b(?:US|R|C|A|MX)\$|\b(?:USD|EUR|GBP|JPY|INR|CAD|AUD|BRL|MXN)\s?)\s?\d|\d(?:[.,]\d{1,2})?\s?(?:[€£¥₹]|\b(?:USD|EUR|GBP|JPY|INR|CAD|AUD|BRL|MXN|dollars?|euros?|pounds?|yen|rupees?|reais|pesos?)\b)/i;

/** The upsellMessage of each Upsell a response sends. */
const upsellMessages = (body: unknown): string[] =>
  directivesOf(body)
    .filter((d) => d['type'] === 'Connections.SendRequest' && d['name'] === 'Upsell' && isObject(d['payload']))
    .map((d) => (d['payload'] as Record<string, unknown>)['upsellMessage'])
    .filter((m): m is string => typeof m === 'string');

/** An Upsell's upsellMessage names no price: Alexa's purchase flow states the price itself, in the customer's currency. */
export default skillRequirement({
  entry: {
    id: 'ISP-UPSELL-NO-PRICE',
    level: 'SHOULD',
    title: "An Upsell's upsellMessage names no price: the purchase flow that follows states it, in the customer's own marketplace and currency.",
    source: {
      page: 'Add In-Skill Purchases to a Custom Skill',
      section: 'Offer a product with Upsell',
    },
    basis: 'inferred',
    inference:
      "Alexa speaks the upsellMessage and then runs its own purchase flow, which presents the product and its price as the customer's marketplace sets it; the in-skill purchasing certification checks ask for no list price in a product's suggestion or purchase prompt. A price in the upsellMessage can contradict the one Alexa states, and is wrong wherever the price differs.",
  },
  check: {
    applies: (entry) => upsellMessages(entry.exchange.body).length > 0,
    problems: (entry) =>
      upsellMessages(entry.exchange.body)
        .filter((message) => PRICE.test(message))
        .map((message) => ({ message: `the upsellMessage names a price ("${message.match(PRICE)?.[0] ?? ''}"): "${message.slice(0, 160)}"` })),
  },
  families: ['isp'],
  notProbed: 'no response sent a Connections.SendRequest Upsell with an upsellMessage',
});
