/**
 * SEC-CERT: a signing certificate not valid for echo-api.amazon.com is refused with 400. The probe's certificate is
 * served by the suite on loopback, a URL a correct certificate-URL check refuses before it reads any certificate;
 * only Amazon can serve one at an Amazon URL. So a 400 shows nothing of the certificate check and is not counted as
 * a pass: the requirement fails when the probe is accepted or refused otherwise, and is otherwise not applicable.
 */
import { refusedWith400, securityCheck } from '../../checks/security.js';
import { skillRequirement } from '../define.js';

const probed = securityCheck('SEC-CERT', refusedWith400);

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
  check: {
    applies: (entry, trace, ctx) => probed.applies(entry, trace, ctx) && refusedWith400(entry).length > 0,
    problems: refusedWith400,
  },
  families: ['security'],
  notProbed:
    "the probe was refused with 400, which shows nothing of the certificate check: its certificate URL is the suite's own, on loopback, which a correct certificate-URL check refuses before reading any certificate, and only Amazon can serve a certificate at an Amazon URL (SEC-CERT fails only when the probe is accepted or refused with another status)",
});
