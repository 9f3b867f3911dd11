import { resumeChecks } from '../../checks/resume.js';
import { checkIn, skillRequirement } from '../define.js';

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
  check: checkIn(resumeChecks, 'RESUME-HANDLED'),
  families: ['resume'],
  notProbed: 'no hand-over asked Alexa to resume the session (only cart, buy and list hand-overs with onCompletion RESUME_SESSION or none are resumed)',
});
