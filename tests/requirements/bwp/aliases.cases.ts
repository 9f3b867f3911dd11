import { clientCases } from '../../helpers/check-cases.js';
import { placedOrder, refusedOrder } from '../../helpers/commerce-cases.js';

export default clientCases([
  { name: 'createOrder made the order', case: placedOrder(), fires: false },
  { name: 'createOrder refused with AliasLimitExceeded (six aliases)', case: refusedOrder('AliasLimitExceeded'), fires: true, message: /^createOrder was refused with ValidationException AliasLimitExceeded: refused: AliasLimitExceeded$/ },
  { name: 'createOrder refused with AliasValueAlreadyExists is another requirement\'s', case: refusedOrder('AliasValueAlreadyExists'), fires: false },
]);
