/** SHOP-CONSENT: no shopping StartConnection answers a request that is no consent to shop. */
import { notConsent } from '../../checks/consent.js';
import { isObject } from '../../checks/response-shape.js';
import { shoppingDirectives } from '../../checks/tasks.js';
import { skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'SHOP-CONSENT',
    level: 'SHOULD',
    title: 'The hand-over comes after the customer\'s consent: no shopping StartConnection answers a LaunchRequest, AMAZON.NoIntent, AMAZON.CancelIntent, AMAZON.StopIntent, AMAZON.HelpIntent or AMAZON.FallbackIntent, whether sent in a new session or in the middle of an action\'s steps.',
    source: {
      page: 'Implement Alexa Shopping Actions in Your Skill',
      section: 'Send a directive to add a product to a shopping cart',
    },
    basis: 'documented',
    quote: 'After you ask the customer for permission to add the product to their Cart, you can send the Connections.StartConnection directive to Alexa with the AMAZON.AddToShoppingCart payload.',
  },
  check: {
    applies: (entry) => notConsent(entry) !== undefined && isObject(entry.exchange.body),
    problems: (entry) =>
      shoppingDirectives(entry.exchange.body).map(({ task, index }) => ({
        message: `${notConsent(entry) ?? 'the request'} was answered with a StartConnection to ${task} (directive ${index}): the customer gave no consent to shop`,
      })),
  },
  families: ['consent'],
  prohibition: true,
  notProbed: 'no LaunchRequest, AMAZON.NoIntent, CancelIntent, StopIntent, HelpIntent or FallbackIntent was answered',
});
