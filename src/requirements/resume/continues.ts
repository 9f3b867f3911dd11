import { isObject, responseOf, speaks } from '../../checks/response-shape.js';
import { skillRequirement } from '../define.js';

/** The response speaks (words or an <audio> clip) or ends the session; never silent with the session left open. */
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
  check: {
    applies: (entry) => entry.role === 'resume' && isObject(entry.exchange.body),
    problems: (entry) => {
      const response = responseOf(entry.exchange.body) ?? {};
      const directives = response['directives'];
      if (speaks(entry.exchange.body) || response['shouldEndSession'] === true) return [];
      if (Array.isArray(directives) && directives.length > 0) return [];
      return [{ message: 'the response is silent and leaves the session open' }];
    },
  },
  families: ['resume'],
  notProbed: 'no hand-over asked Alexa to resume the session (only cart, buy and list hand-overs with onCompletion RESUME_SESSION or none are resumed)',
});
