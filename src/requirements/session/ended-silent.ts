import { sessionChecks } from '../../checks/session.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'SESSION-ENDED-SILENT',
    level: 'MUST',
    title: 'A SessionEndedRequest, for each reason, gets no outputSpeech, reprompt, card or directives.',
    source: {
      page: 'Request Types Reference',
      section: 'SessionEndedRequest',
    },
    basis: 'inferred',
    inference: 'A SessionEndedRequest tells the skill that the session is already closed; Alexa renders nothing the skill answers to it, so speech, a card or directives there are lost or refused.',
  },
  check: checkIn(sessionChecks, 'SESSION-ENDED-SILENT'),
  families: ['session-ended'],
  prohibition: true,
  notProbed: 'no SessionEndedRequest was answered',
});
