import type { EntryMeta } from '../../../src/checks/types.js';
import { skillCases } from '../../helpers/check-cases.js';
import { startConnection } from '../../helpers/exchanges.js';
import { NO_OFFERS, failed } from '../../helpers/resume.js';
import { bodyOf, entryOf, traceOf } from '../../helpers/traces.js';

const BUY = startConnection('BuyShoppingProducts', 'B0000000A1');
const FAILED: EntryMeta = { task: 'BuyShoppingProducts', statusCode: '200', result: NO_OFFERS, token: 'issued', handoverAt: 0 };

/** The hand-over that bought B0000000A1, then a resume whose response carries `directives`. */
const afterBuy = (directives: unknown[], meta: EntryMeta = FAILED) =>
  traceOf([entryOf('handover', bodyOf(undefined, { directives: [BUY] })), failed(bodyOf('Okay.', directives.length > 0 ? { directives } : {}), meta)]);

export default skillCases([
  { name: 'the failure moves on', trace: afterBuy([]), fires: false },
  {
    name: 'the same purchase of the same product again',
    trace: afterBuy([BUY]),
    fires: true,
    message: /^after a failed BuyShoppingProducts the skill starts BuyShoppingProducts again for B0000000A1$/,
  },
  { name: 'a failed status without a result counts as failed', trace: afterBuy([BUY], { task: 'BuyShoppingProducts', statusCode: '500', handoverAt: 0 }), fires: true, message: /starts BuyShoppingProducts again/ },
  { name: 'the same task for another product', trace: afterBuy([startConnection('BuyShoppingProducts', 'B0000000B2')]), fires: false },
  { name: 'another task for the same product', trace: afterBuy([startConnection('AddToList', 'B0000000A1')]), fires: false },
  { name: 'buying again after a success is no loop', trace: afterBuy([BUY], { task: 'BuyShoppingProducts', statusCode: '200', token: 'issued', handoverAt: 0 }), fires: false },
]);
