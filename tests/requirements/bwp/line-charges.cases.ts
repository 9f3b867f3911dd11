import { clientCases } from '../../helpers/check-cases.js';
import { bwpCall, LINE, lineItem, operation, orderCase, orderInput, PLACE_INPUT } from '../../helpers/commerce-cases.js';

const made = (input: Record<string, unknown>) => bwpCall(operation('createOrder', input, { orderId: 'O-1' }));
const DISCOUNT = { amount: 2, currencyCode: 'USD' };
const discounted = { ...PLACE_INPUT, cart: [{ ...LINE, tax: undefined, discount: DISCOUNT }] };

export default clientCases([
  { name: 'the tax on its line item', case: orderCase([made(orderInput())]), fires: false },
  {
    name: 'the tax on its line item, found by SKU though it is second',
    case: orderCase([made(orderInput({ lineItems: [lineItem({ SKU: 'YOGA-MAT-BLUE' }, false), lineItem()] }))]),
    fires: false,
  },
  { name: 'the tax on no line item', case: orderCase([made(orderInput({ lineItems: [lineItem({ SKU: LINE.sku }, false)] }))]), fires: true, message: /^the tax of MUG-STONEWARE is not on its line item$/ },
  {
    name: 'the discount on the order only',
    case: orderCase([made(orderInput({ lineItems: [lineItem({ SKU: LINE.sku }, false)], discounts: { summary: { totalAmount: DISCOUNT } } }))], { input: discounted }),
    fires: true,
    message: /^the discount of MUG-STONEWARE is not on its line item \(the order carries discounts as a whole\)$/,
  },
]);
