import { sessionChecks } from '../../checks/session.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'EXC-HANDLED',
    level: 'SHOULD',
    title: 'System.ExceptionEncountered, for each error.type, gets a response that passes the RSP-* checks.',
    source: {
      page: 'Implement Alexa Shopping Actions in Your Skill',
      section: 'Handle a session error',
    },
    basis: 'documented',
    quote: 'If you want to know if an error occurred, implement a handler to receive the response.',
  },
  check: checkIn(sessionChecks, 'EXC-HANDLED'),
  families: ['resume', 'exception'],
});
