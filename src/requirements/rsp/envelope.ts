import { responseChecks } from '../../checks/response.js';
import { checkIn, skillRequirement } from '../define.js';
import { ANSWERING_FAMILIES } from '../families.js';

export default skillRequirement({
  entry: {
    id: 'RSP-ENVELOPE',
    level: 'MUST',
    title: 'The body validates as a response envelope: version "1.0", a response object, and well-formed outputSpeech, card, reprompt and directives.',
    source: {
      page: 'Request and Response JSON Reference',
      section: 'Response format',
    },
    basis: 'inferred',
    inference: 'From the response format\'s fields and types (ResponseEnvelope, Response, OutputSpeech, Card, Reprompt in ask-sdk-model, the SDK Amazon publishes for it): a body of another shape is not a response Alexa can use.',
  },
  check: checkIn(responseChecks, 'RSP-ENVELOPE'),
  families: ANSWERING_FAMILIES,
});
