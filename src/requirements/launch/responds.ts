import { isObject, speaks } from '../../checks/response-shape.js';
import { skillRequirement } from '../define.js';

/** A LaunchRequest gets outputSpeech that makes a sound: words or an <audio> clip. */
export default skillRequirement({
  entry: {
    id: 'LAUNCH-RESPONDS',
    level: 'MUST',
    title: 'A LaunchRequest gets outputSpeech.',
    source: {
      page: 'Request Types Reference',
      section: 'LaunchRequest',
    },
    basis: 'inferred',
    inference: 'A LaunchRequest opens the skill without an intent; the section defines the request and states no answer, so the rule that it gets speech is the suite\'s: an open session with nothing said leaves the customer at silence.',
  },
  check: {
    applies: (entry) => entry.role === 'launch' && isObject(entry.exchange.body),
    problems: ({ exchange }) => (!speaks(exchange.body) ? [{ message: 'the LaunchRequest got no speech' }] : []),
  },
  families: ['launch'],
  notProbed: 'no LaunchRequest was answered',
});
