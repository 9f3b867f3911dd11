import { skillCases } from '../../helpers/check-cases.js';
import { answerTo, handOver, startConnection } from '../../helpers/shop.js';
import { bodyOf, entryOf, traceOf } from '../../helpers/traces.js';

const cart = { meta: { task: 'AddToShoppingCart' as const } };

export default skillCases([
  { name: 'the steps of add to cart end in its StartConnection', trace: traceOf([handOver([startConnection('AddToShoppingCart')], cart)]), fires: false },
  { name: 'the steps of add to cart end in speech only', trace: traceOf([handOver([], cart)]), fires: true, message: /^the configured steps for AddToShoppingCart ended without its StartConnection$/ },
  {
    name: 'the steps of add to cart end in a buy',
    trace: traceOf([handOver([startConnection('BuyShoppingProducts')], cart)]),
    fires: true,
    message: /ended without its StartConnection \(found BuyShoppingProducts\)/,
  },
  { name: 'an earlier step that only speaks is no hand-over', trace: traceOf([handOver([], { ...cart, role: 'step' })]), fires: false },
  {
    name: 'a step whose slot the model could not resolve is named in the message',
    trace: traceOf([
      answerTo(
        {
          type: 'IntentRequest',
          locale: 'de-DE',
          intent: {
            name: 'AddToCartIntent',
            slots: { item: { name: 'item', value: 'olive oil', resolutions: { resolutionsPerAuthority: [{ authority: 'a', status: { code: 'ER_SUCCESS_NO_MATCH' } }] } } },
          },
        },
        bodyOf('Which item?'),
        { role: 'step', ...cart },
      ),
      handOver([], cart),
    ]),
    fires: true,
    message: /ended without its StartConnection; slot item "olive oil" of step 1 matched no value of the de-DE model \(ER_SUCCESS_NO_MATCH/,
  },
  // No response object at all is RSP-HTTP's to report.
  { name: 'the last step answered with null', trace: traceOf([entryOf('handover', null, cart)]), fires: false },
]);
