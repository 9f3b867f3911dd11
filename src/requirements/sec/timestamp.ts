/** SEC-TIMESTAMP: a request timestamp more than 150 s old is refused with 400. */
import { refusedWith400, securityCheck } from '../../checks/security.js';
import { skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'SEC-TIMESTAMP',
    level: 'MUST',
    title: 'A web service refuses with HTTP 400 a request whose timestamp is more than 150 seconds old.',
    source: {
      page: 'Host a Custom Skill as a Web Service',
      section: 'Verify that the request was sent by Alexa',
    },
    basis: 'documented',
    quote: 'Reject requests in which the timestamp falls outside the tolerance with an error code (such as 400 Bad Request).',
  },
  check: securityCheck('SEC-TIMESTAMP', refusedWith400),
  families: ['security'],
  notProbed: 'the unsigned control request was refused, so a refusal of this probe would show nothing: run them with signature verification off (and the skill\'s own applicationId in the config)',
});
