import { skillCases } from '../../helpers/check-cases.js';
import { ACCEPTED, answer, NO_ANSWER, probe, probesAfter, REFUSED, SKILL_ANSWER } from '../../helpers/sec.js';

const ID = 'SEC-SIGNATURE';

// Not gated by the control request: a skill that refuses unsigned requests is judged on this probe too.
export default skillCases([
  { name: 'a signature that does not verify, refused with 400', trace: probesAfter(REFUSED, probe(ID, REFUSED)), fires: false },
  { name: 'a signature that does not verify, accepted', trace: probesAfter(REFUSED, probe(ID, ACCEPTED)), fires: true, message: /^probe of SEC-SIGNATURE: expected HTTP 400, got HTTP 200 \(the request was accepted\)$/ },
  { name: 'a signature that does not verify, refused with 403', trace: probesAfter(REFUSED, probe(ID, answer(403))), fires: true, message: /expected HTTP 400, got HTTP 403$/ },
  { name: 'a signature that does not verify, refused with 400 and a response envelope', trace: probesAfter(REFUSED, probe(ID, answer(400, SKILL_ANSWER))), fires: true, message: /refused with 400, but the answer carries a response envelope/ },
  { name: 'a signature that does not verify, not answered', trace: probesAfter(REFUSED, probe(ID, NO_ANSWER)), fires: true, message: /expected HTTP 400, got no answer \(no answer within 8000 ms\)/ },
  { name: 'another requirement\'s probe accepted', trace: probesAfter(REFUSED, probe('SEC-TIMESTAMP', ACCEPTED)), fires: false },
]);
