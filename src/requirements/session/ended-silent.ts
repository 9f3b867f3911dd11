import { isObject, saysOrDoesAnything } from '../../checks/response-shape.js';
import type { Entry } from '../../checks/types.js';
import { skillRequirement } from '../define.js';

const requestType = (entry: Entry): unknown => {
  const request = isObject(entry.exchange.request) ? entry.exchange.request['request'] : undefined;
  return isObject(request) ? request['type'] : undefined;
};

/** A SessionEndedRequest gets no outputSpeech, reprompt, card or directives. */
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
  check: {
    applies: (entry) => requestType(entry) === 'SessionEndedRequest' && isObject(entry.exchange.body),
    problems: ({ exchange }) =>
      saysOrDoesAnything(exchange.body).map((what) => ({ message: `the response to SessionEndedRequest carries ${what}` })),
  },
  families: ['session-ended'],
  prohibition: true,
  notProbed: 'no SessionEndedRequest was answered',
});
