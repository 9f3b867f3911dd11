/** SEC-SIGNATURE: a signature that does not verify over the body as sent is refused with 400. */
import { refusedWith400, securityCheck } from '../../checks/security.js';
import { skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'SEC-SIGNATURE',
    level: 'MUST',
    title: 'A web service refuses with HTTP 400 a request whose Signature-256 does not verify, as RSA-SHA256 with the signing certificate\'s key, over the body bytes as received (not base64, signed by another key, or the body changed after signing).',
    source: {
      page: 'Host a Custom Skill as a Web Service',
      section: 'Verify that the request was sent by Alexa',
    },
    basis: 'inferred',
    inference: 'The page requires it ("The service must verify that incoming requests come from Alexa."); certification sends "Request signed with invalid signature" and asks for HTTP 400.',
  },
  check: securityCheck('SEC-SIGNATURE', refusedWith400),
  families: ['security'],
});
