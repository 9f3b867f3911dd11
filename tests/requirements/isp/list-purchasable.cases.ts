import { skillCases } from '../../helpers/check-cases.js';
import { call, ispEntry, ispTrace, LISTED, speech } from '../../helpers/isp-traces.js';

const listing = (body: unknown, over = {}) => ispTrace([ispEntry([call()], body, { catalog: LISTED, ...over })]);

export default skillCases([
  { name: 'a listing that names only what is for sale', trace: listing(speech('You can buy Premium Tips.')), fires: false },
  {
    name: 'a listing that names a product not for sale',
    trace: listing(speech('You can buy Premium Tips or Tips Archive.')),
    fires: true,
    message: /the listing names "tips archive", which the service lists as NOT_PURCHASABLE/,
  },
  {
    name: 'a listing that names it in the card only',
    trace: listing({ version: '1.0', response: { outputSpeech: { type: 'PlainText', text: 'Here is what you can buy.' }, card: { type: 'Simple', title: 'Shop', content: 'tips archive' } } }),
    fires: true,
    message: /"tips archive"/,
  },
  { name: 'a listing that says an owned product is owned', trace: listing(speech('You can buy Premium Tips. You already have Breathing Basics.')), fires: false },
  {
    name: 'a not-for-sale name inside a for-sale one',
    trace: ispTrace([ispEntry([call()], speech('You can buy Premium Tips Archive.'), { catalog: [...LISTED, { ...LISTED[0]!, productId: 'p.4', name: 'Premium Tips Archive' }] })]),
    fires: false,
  },
]);
