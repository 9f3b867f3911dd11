import { rspProblems } from '../../checks/response.js';
import { skillRequirement } from '../define.js';

/** System.ExceptionEncountered of each error.type gets a response that passes the RSP-* checks. */
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
  check: {
    applies: (entry) => entry.role === 'exception',
    problems: rspProblems,
  },
  families: ['resume', 'exception'],
});
