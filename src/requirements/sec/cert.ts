/** SEC-CERT: a signing certificate not valid for echo-api.amazon.com is refused with 400. */
import { refusedWith400, securityCheck } from '../../checks/security.js';
import { skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'SEC-CERT',
    level: 'MUST',
    title: 'A web service refuses with HTTP 400 a request signed with a certificate that is not valid for echo-api.amazon.com (not in its subject alternative names, or not chained to a trusted root), even when the signature matches that certificate.',
    source: {
      page: 'Host a Custom Skill as a Web Service',
      section: 'Verify that the request was sent by Alexa',
    },
    basis: 'inferred',
    inference: 'The page requires it ("The service must verify that incoming requests come from Alexa.") and says the signing certificate must name echo-api.amazon.com and chain to a trusted root; certification sends "Request signed with incorrect certificate" and asks for HTTP 400.',
  },
  check: securityCheck('SEC-CERT', refusedWith400),
  families: ['security'],
});
