import { skillCases } from '../../helpers/check-cases.js';
import { handOver, startConnection } from '../../helpers/shop.js';
import { traceOf } from '../../helpers/traces.js';

export default skillCases([
  { name: 'the exact uri of add to cart', trace: traceOf([handOver([startConnection('AddToShoppingCart')])]), fires: false },
  {
    name: 'the uri of add to cart in version 2',
    trace: traceOf([handOver([startConnection('AddToShoppingCart', { uri: 'connection://AMAZON.AddToShoppingCart/2' })])]),
    fires: true,
    message: /^AddToShoppingCart directive 0: \/uri must be equal to constant \("connection:\/\/AMAZON\.AddToShoppingCart\/1"\)/,
  },
  {
    name: 'a misspelt task is judged as that task',
    trace: traceOf([handOver([startConnection('AddToShoppingCart', { uri: 'connection://AMAZON.AddToShopingCart/1' })])]),
    fires: true,
    message: /^AddToShoppingCart directive 0: \/uri/,
  },
  {
    name: 'a StartConnection with no uri',
    trace: traceOf([handOver([startConnection('AddToShoppingCart', { uri: undefined })])]),
    fires: true,
    message: /^StartConnection directive 0 has no uri, so it names no task; the shopping tasks are connection:\/\/AMAZON\.AddToShoppingCart\/1/,
  },
  {
    name: 'a uri meant for shopping that names no task',
    trace: traceOf([handOver([startConnection('AddToShoppingCart', { uri: 'connection://AMAZON.ShoppingCartAdd/1' })])]),
    fires: true,
    message: /has the uri "connection:\/\/AMAZON\.ShoppingCartAdd\/1", which names no shopping task/,
  },
  { name: 'a connection to another task is not a shopping one', trace: traceOf([handOver([{ type: 'Connections.StartConnection', uri: 'connection://AMAZON.PrintPDF/1', input: {}, token: 't' }])]), fires: false },
]);
