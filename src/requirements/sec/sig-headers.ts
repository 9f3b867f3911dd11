/** SEC-SIG-HEADERS: a request without Signature-256 or SignatureCertChainUrl, or with an empty signature, is refused with 400 (the control request is one). */
import { refusedWith400, securityCheck } from '../../checks/security.js';
import { skillRequirement } from '../define.js';

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
  check: securityCheck('SEC-SIG-HEADERS', refusedWith400, true),
  families: ['security'],
});
