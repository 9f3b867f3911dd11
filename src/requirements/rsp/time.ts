import { answersInTime } from '../../checks/response.js';
import { skillRequirement } from '../define.js';
import { ANSWERING_FAMILIES } from '../families.js';

/**
 * Every request is answered within the run's timeout.
 * The rule lives in src/checks/response.ts: the *-HANDLED requirements judge it too.
 */
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
  check: answersInTime,
  families: ANSWERING_FAMILIES,
});
