import { clientCases } from '../../helpers/check-cases.js';
import { bwpCall, operation, orderCase, orderInput, placedOrder, rejected } from '../../helpers/commerce-cases.js';

const refused = { outcome: rejected('the API refused the request'), effect: false };
const badDocument = bwpCall(operation('createOrder', orderInput(), { code: 'ValidationException' }), {
  status: 400,
  answer: { errors: [{ message: 'Cannot query field "orderTotal" on type "Order".' }] },
  broke: 'input',
});
const noToken = bwpCall(operation('createOrder', orderInput(), { code: 'AccessDeniedException' }), {
  status: 401,
  answer: { errors: [{ message: 'The request has no Authorization: Bearer <access token> header.', extensions: { errorType: 'AccessDeniedException' } }] },
  broke: 'auth',
});

export default clientCases([
  { name: 'a document and inputs the API accepts, with the token', case: placedOrder(), fires: false },
  { name: 'a document the schema refuses', case: orderCase([badDocument], refused), fires: true, message: /^POST \/graphql was answered 400: Cannot query field "orderTotal" on type "Order"\.$/ },
  { name: 'no bearer token', case: orderCase([noToken], refused), fires: true, message: /^POST \/graphql was answered 401: The request has no Authorization/ },
  {
    name: 'a call to another host, stopped there',
    case: { ...orderCase([], refused), blocked: [{ method: 'POST', url: 'https://api.buywithprime.amazon.com/graphql' }] },
    fires: true,
    message: /^POST https:\/\/api\.buywithprime\.amazon\.com\/graphql: a host other than ctx\.bwp\.endpoint \(stopped\)$/,
  },
  { name: 'a ValidationException of a rule (not of the request) is another requirement\'s', case: orderCase([bwpCall(operation('createOrder', orderInput(), { code: 'QuantityMismatch' }))], refused), fires: false },
]);
