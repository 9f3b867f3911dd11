import { skillCases } from '../../helpers/check-cases.js';
import { startConnection } from '../../helpers/exchanges.js';
import { FAILED_PURCHASE, failed, succeeded } from '../../helpers/resume.js';
import { bodyOf, traceOf } from '../../helpers/traces.js';

const pair = (ok: unknown, failure: unknown, meta = FAILED_PURCHASE) => traceOf([succeeded(ok), failed(failure, meta)]);

export default skillCases([
  { name: 'other words after the failure', trace: pair(bodyOf('Your order is placed. What next?'), bodyOf('What would you like instead?')), fires: false },
  { name: 'the same words with other session attributes', trace: pair(bodyOf('What next?', {}, { cart: 'B0000000A1' }), bodyOf('What next?', {}, { cart: null, retry: 'offer' })), fires: false },
  {
    name: 'the same words with another directive',
    trace: pair(bodyOf('What next?'), bodyOf('What next?', { directives: [startConnection('AddToList', 'B0000000A1')] })),
    fires: false,
  },
  {
    name: 'the same words, attributes and directives',
    trace: pair(bodyOf('What next?', {}, { a: 1 }), bodyOf('What next?', {}, { a: 1 })),
    fires: true,
    message: /^the response to AlexaShopping\.NoOffersFound with status "200" is the same as the response to success/,
  },
  { name: 'the same answer with an unknown token is not compared', trace: pair(bodyOf('What next?'), bodyOf('What next?'), { ...FAILED_PURCHASE, token: 'unknown' }), fires: false },
  { name: 'the same answer to a status other than "200" is not compared', trace: pair(bodyOf('What next?'), bodyOf('What next?'), { ...FAILED_PURCHASE, statusCode: '500' }), fires: false },
]);
