/** SEC-CERT-URL: a certificate URL that is not https://s3.amazonaws.com[:443]/echo.api/... (once normalised) is refused with 400. */
import { refusedWith400, securityCheck } from '../../checks/security.js';
import { skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'SEC-CERT-URL',
    level: 'MUST',
    title: 'A web service refuses with HTTP 400 a request whose SignatureCertChainUrl, once normalised, is not https (any case) on s3.amazonaws.com (any case), port 443 if given, with a path under /echo.api/ (exact case).',
    source: {
      page: 'Host a Custom Skill as a Web Service',
      section: 'Verify that the request was sent by Alexa',
    },
    basis: 'inferred',
    inference: 'The page requires it ("The service must verify that incoming requests come from Alexa.") and lists the URL rules; certification sends requests "with an incorrect certificate URL" and asks for HTTP 400.',
  },
  check: securityCheck('SEC-CERT-URL', refusedWith400),
  families: ['security'],
});
