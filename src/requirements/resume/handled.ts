import { rspProblems } from '../../checks/response.js';
import { skillRequirement } from '../define.js';

/** Every resume in the matrix gets a response that passes the RSP-* checks. */
export default skillRequirement({
  entry: {
    id: 'RESUME-HANDLED',
    level: 'MUST',
    title: 'Every SessionResumedRequest of the resume matrix gets a response that passes the RSP-* checks.',
    source: {
      page: 'Implement Alexa Shopping Actions in Your Skill',
      section: 'Handle a session resumed request',
    },
    basis: 'documented',
    quote: 'Your skill receives the result of the AMAZON.AddToShoppingCart request as a SessionResumedRequest response. Implement a handler to receive the response.',
  },
  check: {
    applies: (entry) => entry.role === 'resume',
    problems: rspProblems,
  },
  families: ['resume'],
  notProbed: 'no hand-over asked Alexa to resume the session (only cart, buy and list hand-overs with onCompletion RESUME_SESSION or none are resumed)',
});
