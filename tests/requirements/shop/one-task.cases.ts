import { skillCases } from '../../helpers/check-cases.js';
import { handOver, startConnection } from '../../helpers/shop.js';
import { traceOf } from '../../helpers/traces.js';

const cart = startConnection('AddToShoppingCart');
const buy = startConnection('BuyShoppingProducts');

export default skillCases([
  { name: 'one hand-over', trace: traceOf([handOver([cart])]), fires: false },
  { name: 'an add to cart and a buy at once', trace: traceOf([handOver([cart, buy])]), fires: true, message: /^2 shopping StartConnections in one response$/ },
  { name: 'a hand-over and one meant for shopping that names no task', trace: traceOf([handOver([cart, { ...buy, uri: undefined }])]), fires: true, message: /^2 shopping/ },
  { name: 'a hand-over beside a connection to another task', trace: traceOf([handOver([cart, { type: 'Connections.StartConnection', uri: 'connection://AMAZON.PrintPDF/1', input: {} }])]), fires: false },
]);
