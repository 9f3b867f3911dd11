import { isObject, saysOrDoesAnything } from '../../checks/response-shape.js';
import { skillRequirement } from '../define.js';

/** The response to System.ExceptionEncountered has no outputSpeech, reprompt, card or directives. */
export default skillRequirement({
  entry: {
    id: 'EXC-SILENT',
    level: 'MUST',
    title: 'The response to System.ExceptionEncountered has no outputSpeech, reprompt, card or directives.',
    source: {
      page: 'AudioPlayer Interface Reference',
      section: 'System.ExceptionEncountered request',
    },
    basis: 'documented',
    quote: 'Your skill cannot return a response to System.ExceptionEncountered.',
  },
  check: {
    applies: (entry) => entry.role === 'exception' && isObject(entry.exchange.body),
    problems: ({ exchange }) =>
      saysOrDoesAnything(exchange.body).map((what) => ({ message: `the response to System.ExceptionEncountered carries ${what}` })),
  },
  families: ['resume', 'exception'],
  prohibition: true,
});
