/** SHOP-SESSION-FLAG: shouldEndSession absent or null beside a RESUME_SESSION StartConnection; never false. */
import { perDirective } from '../../checks/per-directive.js';
import { responseOf } from '../../checks/response-shape.js';
import { skillRequirement } from '../define.js';

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
  check: perDirective(({ directive: d }, entry) => {
    const flag = responseOf(entry.exchange.body)?.['shouldEndSession'];
    if (flag === false) return ['shouldEndSession is false; Alexa rejects false beside a StartConnection'];
    const onCompletion = d['onCompletion'] ?? 'RESUME_SESSION';
    if (flag === true && onCompletion !== 'SEND_ERRORS_ONLY')
      return [`shouldEndSession is true with onCompletion ${String(onCompletion)}; it must be absent or null`];
    return [];
  }),
  families: ['actions'],
  notProbed: 'no response carried a StartConnection for a shopping task',
});
