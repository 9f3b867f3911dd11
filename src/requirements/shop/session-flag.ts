import { shoppingChecks } from '../../checks/shopping.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'SHOP-SESSION-FLAG',
    level: 'MUST',
    title: 'Beside a StartConnection with onCompletion absent or RESUME_SESSION, shouldEndSession is absent or null, and it is never false beside a StartConnection.',
    source: {
      page: 'Use Skill Connections to Request Tasks',
      section: 'Connections.StartConnection directive',
    },
    basis: 'inferred',
    inference: 'No page sentence states it; Alexa\'s own validation messages, as developers report them, do: "ShouldEndSession cannot be false when ConnectionsStartConnectionDirective is returned" and "ShouldEndSession must be undefined when onCompletion is not SEND_ERRORS_ONLY in Connections.StartConnection directive".',
  },
  check: checkIn(shoppingChecks, 'SHOP-SESSION-FLAG'),
  families: ['actions'],
  notProbed: 'no response carried a StartConnection for a shopping task',
});
