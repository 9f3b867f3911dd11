import { sessionChecks } from '../../checks/session.js';
import { checkIn, skillRequirement } from '../define.js';

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
  check: checkIn(sessionChecks, 'EXC-SILENT'),
  families: ['resume', 'exception'],
  prohibition: true,
});
