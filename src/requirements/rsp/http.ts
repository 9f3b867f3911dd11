import { answersWithObject } from '../../checks/response.js';
import { skillRequirement } from '../define.js';
import { ANSWERING_FAMILIES } from '../families.js';

/**
 * An endpoint answers HTTP 200 with a JSON object; a handler resolves with an object and does not throw.
 * The rule lives in src/checks/response.ts: the *-HANDLED requirements judge it too.
 */
export default skillRequirement({
  entry: {
    id: 'RSP-HTTP',
    level: 'MUST',
    title: 'An endpoint answers HTTP 200 with a JSON body; a handler resolves with an object and does not throw.',
    source: {
      page: 'Host a Custom Skill as a Web Service',
      section: 'Return a response',
    },
    basis: 'inferred',
    inference: 'Alexa reads the skill\'s answer as the JSON response the Request and Response JSON Reference describes; an endpoint that answers another HTTP status or no JSON, or a handler that throws, gives Alexa no response at all.',
  },
  check: answersWithObject,
  families: ANSWERING_FAMILIES,
});
