import { skillCases } from '../../helpers/check-cases.js';
import { bodyOf, entryOf, traceOf } from '../../helpers/traces.js';

const upsell = (upsellMessage: string, name = 'Upsell') =>
  traceOf([
    entryOf(
      'isp',
      bodyOf(undefined, {
        directives: [{ type: 'Connections.SendRequest', name, payload: { InSkillProduct: { productId: 'amzn1.adg.product.premium' }, upsellMessage }, token: 'premium' }],
      }),
    ),
  ]);

export default skillCases([
  { name: 'an upsell that tells what the product gives', trace: upsell('Premium members get a new expert tip every day. Want to learn more?'), fires: false },
  { name: 'numbers that are no price', trace: upsell('Premium members get 3 new tips a day and 12 videos. Want to learn more?'), fires: false },
  { name: 'a price with a currency sign', trace: upsell('Premium tips are only $2.99 a month. Want to learn more?'), fires: true, message: /names a price \("\$2/ },
  { name: 'a price with a currency name', trace: upsell('Premium kostet nur 2,99 Euro im Monat. Möchtest du mehr erfahren?'), fires: true, message: /2,99 Euro/ },
  { name: 'a price with a currency code', trace: upsell('Premium is EUR 4 a month. Want to learn more?'), fires: true, message: /names a price/ },
  { name: 'a Buy carries no upsellMessage to judge', trace: upsell('Only $2.99.', 'Buy'), fires: false },
]);
