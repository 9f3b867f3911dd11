import { skillCases } from '../../helpers/check-cases.js';
import { startConnection } from '../../helpers/exchanges.js';
import { FAILED_PURCHASE, failed, succeeded } from '../../helpers/resume.js';
import { bodyOf, traceOf } from '../../helpers/traces.js';

/** A purchase that failed with status 500 and no result, resumed with the issued token. */
const FAILED_STATUS = { task: 'BuyShoppingProducts', statusCode: '500', token: 'issued', session: 'continued', successAt: 0 } as const;

const pair = (ok: unknown, failure: unknown, meta: Parameters<typeof failed>[1] = FAILED_STATUS) => traceOf([succeeded(ok), failed(failure, meta)]);

export default skillCases([
  { name: 'other words after the failed status', trace: pair(bodyOf('Enjoy your book. What next?'), bodyOf('What would you like instead?')), fires: false },
  { name: 'the same words with other session attributes', trace: pair(bodyOf('What next?', {}, { bought: 'B0000000A1' }), bodyOf('What next?', {}, { bought: null })), fires: false },
  { name: 'the same words with another directive', trace: pair(bodyOf('What next?'), bodyOf('What next?', { directives: [startConnection('AddToList', 'B0000000A1')] })), fires: false },
  {
    name: 'the success answer to status 500',
    trace: pair(bodyOf('Enjoy your book. What next?'), bodyOf('Enjoy your book. What next?')),
    fires: true,
    message: /^the response to status "500" is the same as the response to success with status "200"/,
  },
  { name: 'an unknown token is not compared', trace: pair(bodyOf('What next?'), bodyOf('What next?'), { ...FAILED_STATUS, token: 'unknown' }), fires: false },
  { name: 'a status with a result is the result check\'s', trace: pair(bodyOf('What next?'), bodyOf('What next?'), { ...FAILED_PURCHASE, statusCode: '500' }), fires: false },
]);
