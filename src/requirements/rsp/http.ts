import { responseChecks } from '../../checks/response.js';
import { checkIn, skillRequirement } from '../define.js';
import { ANSWERING_FAMILIES } from '../families.js';

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
  check: checkIn(responseChecks, 'RSP-HTTP'),
  families: ANSWERING_FAMILIES,
});
