import { skillCases } from '../../helpers/check-cases.js';
import { bodyOf, entryOf, traceOf } from '../../helpers/traces.js';

const startConnection = (task: string) => ({
  type: 'Connections.StartConnection',
  uri: `connection://AMAZON.${task}/1`,
  input: { products: [{ asin: 'B000000001' }] },
  token: 't',
});

export default skillCases([
  { name: 'the refund answer only speaks', trace: traceOf([entryOf('refund', bodyOf('Find the order in your Amazon account.'))]), fires: false },
  {
    name: 'the refund answer starts a purchase',
    trace: traceOf([entryOf('refund', bodyOf(undefined, { directives: [startConnection('BuyShoppingProducts')] }))]),
    fires: true,
    message: /starts BuyShoppingProducts/,
  },
  { name: 'a launch that starts a purchase is no refund', trace: traceOf([entryOf('launch', bodyOf(undefined, { directives: [startConnection('BuyShoppingProducts')] }))]), fires: false },
]);
