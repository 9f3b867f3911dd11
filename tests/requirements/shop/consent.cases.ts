import { skillCases } from '../../helpers/check-cases.js';
import { answerTo, handOverBody, intent, startConnection } from '../../helpers/shop.js';
import { bodyOf, traceOf } from '../../helpers/traces.js';

const cart = handOverBody([startConnection('AddToShoppingCart')]);

export default skillCases([
  { name: 'a launch that welcomes', trace: traceOf([answerTo({ type: 'LaunchRequest' }, bodyOf('Welcome to the yoga shop.'))]), fires: false },
  {
    name: 'a launch that recommends at once',
    trace: traceOf([answerTo({ type: 'LaunchRequest' }, handOverBody([startConnection('RecommendShoppingProducts')]))]),
    fires: true,
    message: /^LaunchRequest was answered with a StartConnection to RecommendShoppingProducts \(directive 0\): the customer gave no consent to shop$/,
  },
  { name: 'AMAZON.NoIntent answered with a cart hand-over', trace: traceOf([answerTo(intent('AMAZON.NoIntent'), cart)]), fires: true, message: /^AMAZON\.NoIntent was answered with a StartConnection to AddToShoppingCart/ },
  { name: 'AMAZON.HelpIntent answered with a cart hand-over', trace: traceOf([answerTo(intent('AMAZON.HelpIntent'), cart)]), fires: true, message: /^AMAZON\.HelpIntent/ },
  { name: 'AMAZON.StopIntent answered with a goodbye', trace: traceOf([answerTo(intent('AMAZON.StopIntent'), bodyOf('Goodbye.', { shouldEndSession: true }))]), fires: false },
  // The customer said yes: the hand-over is what the page asks for.
  { name: 'AMAZON.YesIntent answered with a cart hand-over', trace: traceOf([answerTo(intent('AMAZON.YesIntent'), cart, { role: 'handover' })]), fires: false },
  // A LaunchRequest naming a task comes from another skill's connection asking for that task.
  { name: 'a launch from another skill naming a task', trace: traceOf([answerTo({ type: 'LaunchRequest', task: { name: 'AMAZON.BuyShoppingProducts', version: '1' } }, cart)]), fires: false },
  {
    name: 'a StartConnection misspelt as a shopping task still counts',
    trace: traceOf([answerTo(intent('AMAZON.CancelIntent'), handOverBody([startConnection('AddToShoppingCart', { uri: 'connection://AMAZON.AddToShopingCart/1' })]))]),
    fires: true,
    message: /^AMAZON\.CancelIntent was answered with a StartConnection to AddToShoppingCart/,
  },
]);
