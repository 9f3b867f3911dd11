import { skillCases } from '../../helpers/check-cases.js';
import { ACCEPTED, answer, NO_ANSWER, probe, probesAfter, REFUSED, SKILL_ANSWER } from '../../helpers/sec.js';

const ID = 'SEC-CERT';

// Not gated by the control request: a skill that refuses unsigned requests is judged on this probe too.
export default skillCases([
  { name: 'a certificate not valid for echo-api.amazon.com, refused with 400', trace: probesAfter(REFUSED, probe(ID, REFUSED)), fires: false },
  { name: 'a certificate not valid for echo-api.amazon.com, accepted', trace: probesAfter(REFUSED, probe(ID, ACCEPTED)), fires: true, message: /^probe of SEC-CERT: expected HTTP 400, got HTTP 200 \(the request was accepted\)$/ },
  { name: 'a certificate not valid for echo-api.amazon.com, refused with 403', trace: probesAfter(REFUSED, probe(ID, answer(403))), fires: true, message: /expected HTTP 400, got HTTP 403$/ },
  { name: 'a certificate not valid for echo-api.amazon.com, refused with 400 and a response envelope', trace: probesAfter(REFUSED, probe(ID, answer(400, SKILL_ANSWER))), fires: true, message: /refused with 400, but the answer carries a response envelope/ },
  { name: 'a certificate not valid for echo-api.amazon.com, not answered', trace: probesAfter(REFUSED, probe(ID, NO_ANSWER)), fires: true, message: /expected HTTP 400, got no answer \(no answer within 8000 ms\)/ },
  { name: 'another requirement\'s probe accepted', trace: probesAfter(REFUSED, probe('SEC-TIMESTAMP', ACCEPTED)), fires: false },
]);
