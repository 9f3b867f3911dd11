import { skillCases } from '../../helpers/check-cases.js';
import { ASIN, handOver, startConnection } from '../../helpers/shop.js';
import { CTX, traceOf } from '../../helpers/traces.js';

const MEMBER = { ...CTX, associates: true };
const ATTRIBUTION = { associateId: 'yogagear.associate', trackingId: 'yogagear-20' };
const withInput = (task: string, input: Record<string, unknown>) => traceOf([handOver([startConnection(task, { input })])]);

export default skillCases([
  { name: 'an Associates member attributes a cart product', trace: withInput('AddToShoppingCart', { products: [{ asin: ASIN, attribution: ATTRIBUTION }] }), ctx: MEMBER, fires: false },
  {
    name: 'a skill that is no Associates member attributes a cart product',
    trace: withInput('AddToShoppingCart', { products: [{ asin: ASIN, attribution: ATTRIBUTION }] }),
    fires: true,
    message: /^AddToShoppingCart directive 0: attribution on products\[0\]: the config does not mark the skill as an Associates member \(associates: true\)$/,
  },
  { name: 'an Associates member attributes a recommendation on its input', trace: withInput('RecommendShoppingProducts', { products: [{ asin: ASIN }], attribution: ATTRIBUTION }), ctx: MEMBER, fires: false },
  {
    name: 'an Associates member attributes each recommended product',
    trace: withInput('RecommendShoppingProducts', { products: [{ asin: ASIN, attribution: ATTRIBUTION }] }),
    ctx: MEMBER,
    fires: true,
    message: /RecommendShoppingProducts takes it on input, where it applies to all products/,
  },
  {
    name: 'an Associates member attributes a wish-list product',
    trace: withInput('AddToList', { products: [{ asin: ASIN, attribution: ATTRIBUTION }], listType: 'WISHLIST' }),
    ctx: MEMBER,
    fires: true,
    message: /^AddToList directive 0: attribution on products\[0\]: AddToList takes no attribution$/,
  },
  {
    name: 'an Associates member attributes the input of a buy (routed here by the schema)',
    trace: withInput('BuyShoppingProducts', { products: [{ asin: ASIN }], attribution: ATTRIBUTION }),
    ctx: MEMBER,
    fires: true,
    message: /^BuyShoppingProducts directive 0: \/input must NOT have additional properties \(attribution\): the page places no attribution there$/,
  },
  { name: 'a hand-over without attribution from a skill that is no member', trace: withInput('BuyShoppingProducts', { products: [{ asin: ASIN }] }), fires: false },
]);
