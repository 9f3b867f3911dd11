import { validEnvelope } from '../../checks/response.js';
import { skillRequirement } from '../define.js';
import { ANSWERING_FAMILIES } from '../families.js';

/**
 * The body of an answer that is a JSON object validates as a response envelope; an answer that is no object at all is RSP-HTTP's alone.
 * The rule lives in src/checks/response.ts: the *-HANDLED requirements judge it too.
 */
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
  check: validEnvelope,
  families: ANSWERING_FAMILIES,
});
