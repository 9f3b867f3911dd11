import { sessionChecks } from '../../checks/session.js';
import { checkIn, skillRequirement } from '../define.js';

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
  check: checkIn(sessionChecks, 'LAUNCH-RESPONDS'),
  families: ['launch'],
  notProbed: 'no LaunchRequest was answered',
});
