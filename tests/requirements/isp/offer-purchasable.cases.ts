import { skillCases } from '../../helpers/check-cases.js';
import { asking, call, CATALOG, ispEntry, ispTrace, offer, OPEN, premiumAt, speech } from '../../helpers/isp-traces.js';
import { CTX } from '../../helpers/traces.js';

export default skillCases([
  { name: 'a Buy of a PURCHASABLE product', trace: ispTrace([ispEntry([call()], offer('Buy', CATALOG[2]!.productId), { flow: 'offer' })]), fires: false },
  {
    name: 'a Buy of a NOT_PURCHASABLE product',
    trace: ispTrace([ispEntry([call()], offer('Buy', CATALOG[0]!.productId), { flow: 'offer' })]),
    fires: true,
    message: /Buy names ".*", which the service lists as NOT_PURCHASABLE for this user/,
  },
  {
    name: 'an Upsell of a product the service does not list',
    trace: ispTrace([ispEntry([call()], offer('Upsell', 'amzn1.adg.product.other'), { flow: 'offer' })]),
    fires: true,
    message: /Upsell names "amzn1\.adg\.product\.other", which the service does not list for this user/,
  },
  {
    name: 'offer steps that end without an offer while a product is for sale',
    trace: ispTrace([ispEntry([call()], speech('Maybe later.'), { flow: 'offer', catalog: OPEN })]),
    fires: true,
    message: /the offer steps ended without a Connections\.SendRequest Buy or Upsell, though the service lists 1 PURCHASABLE product/,
  },
  {
    name: 'offer steps asking by name for a product not for sale, declining',
    trace: ispTrace([asking(ispEntry([call()], speech('That one is not available.'), { flow: 'offer', catalog: OPEN }), CATALOG[1]!.referenceName.replace(/_/g, ' '))]),
    fires: false,
  },
  { name: 'offer steps without an offer when the only PURCHASABLE product is a consumable the customer holds', trace: ispTrace([ispEntry([call()], speech('You have all there is.'), { flow: 'offer' })]), fires: false },
  { name: 'offer steps without an offer after a failed listing', trace: ispTrace([ispEntry([call('', { status: 401 })], speech('Sorry.'), { flow: 'offer' })]), fires: false },
  {
    name: 'a Buy at launch of a product the run\'s catalog holds NOT_PURCHASABLE',
    trace: ispTrace([{ ...ispEntry([], offer('Buy', CATALOG[0]!.productId)), role: 'launch' }]),
    ctx: { ...CTX, products: CATALOG },
    fires: true,
    message: /NOT_PURCHASABLE/,
  },
  { name: 'an Upsell of a subscription the customer owns, in the premium steps', trace: ispTrace([ispEntry([call()], offer('Upsell', CATALOG[1]!.productId), premiumAt(0, 'ENTITLED'))]), fires: true, message: /Upsell names/ },
]);
