import { securityChecks } from '../../checks/security.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'SEC-SIG-HEADERS',
    level: 'MUST',
    title: 'A web service refuses with HTTP 400 a request without the Signature-256 header, without the SignatureCertChainUrl header, or with an empty Signature-256, and answers it with no skill output.',
    source: {
      page: 'Host a Custom Skill as a Web Service',
      section: 'Verify that the request was sent by Alexa',
    },
    basis: 'inferred',
    inference: 'The page requires it ("The service must verify that incoming requests come from Alexa."); the 400 status is the one certification asks for when it sends these probes ("No signature header specified", "Empty signature"): "the skill should respond with HTTP status code 400 (Bad Request)".',
  },
  check: checkIn(securityChecks, 'SEC-SIG-HEADERS'),
  families: ['security'],
});
