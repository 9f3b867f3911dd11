import { resumeChecks } from '../../checks/resume.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'RESUME-CONTINUES',
    level: 'SHOULD',
    title: 'The response to a resume speaks or ends the session; it is never silent with the session left open.',
    source: {
      page: 'Implement Alexa Shopping Actions in Your Skill',
      section: 'Handle a session resumed request',
    },
    basis: 'inferred',
    inference: 'From "Resume the skill based on the result included in the payload.": a resumed session that neither speaks nor ends leaves the customer at an open session with nothing said.',
  },
  check: checkIn(resumeChecks, 'RESUME-CONTINUES'),
  families: ['resume'],
  notProbed: 'no hand-over asked Alexa to resume the session (only cart, buy and list hand-overs with onCompletion RESUME_SESSION or none are resumed)',
});
