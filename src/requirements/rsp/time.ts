import { responseChecks } from '../../checks/response.js';
import { checkIn, skillRequirement } from '../define.js';
import { ANSWERING_FAMILIES } from '../families.js';

export default skillRequirement({
  entry: {
    id: 'RSP-TIME',
    level: 'MUST',
    title: 'The skill answers within the timeout (8 seconds unless set otherwise).',
    source: {
      page: 'Request Types Reference',
      section: 'SessionEndedRequest',
    },
    basis: 'inferred',
    inference: 'Alexa ends the session with error type ENDPOINT_TIMEOUT (SessionEndedRequest) when the skill does not answer in time; the 8-second default is the suite\'s setting (--timeout), not a figure quoted from a page.',
  },
  check: checkIn(responseChecks, 'RSP-TIME'),
  families: ANSWERING_FAMILIES,
});
