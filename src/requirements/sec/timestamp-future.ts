/** SEC-TIMESTAMP-FUTURE: a request timestamp more than 150 s ahead is refused with 400. */
import { refusedWith400, securityCheck } from '../../checks/security.js';
import { skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'SEC-TIMESTAMP-FUTURE',
    level: 'MUST',
    title: 'A web service refuses with HTTP 400 a request whose timestamp is more than 150 seconds in the future.',
    source: {
      page: 'Host a Custom Skill as a Web Service',
      section: 'Verify that the request was sent by Alexa',
    },
    basis: 'documented',
    quote: 'This means that your service should only accept requests in which the request timestamp is within 150 seconds of the current time.',
  },
  check: securityCheck('SEC-TIMESTAMP-FUTURE', refusedWith400),
  families: ['security'],
  notProbed: 'the unsigned control request was refused, so a refusal of this probe would show nothing: run them with signature verification off (and the skill\'s own applicationId in the config)',
});
