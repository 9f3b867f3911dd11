import { skillCases } from '../../helpers/check-cases.js';
import { ACCEPTED, answer, NO_ANSWER, probe, probesAfter, REFUSED, SKILL_ANSWER } from '../../helpers/sec.js';

const ID = 'SEC-SIG-HEADERS';

export default skillCases([
  { name: 'the control and an empty signature, both refused with 400', trace: probesAfter(REFUSED, probe(ID, REFUSED)), fires: false },
  // The unsigned control request lacks both headers: it is this requirement's probe too.
  { name: 'the unsigned control request accepted', trace: probesAfter(ACCEPTED, probe(ID, REFUSED)), fires: true, message: /^probe of control: expected HTTP 400, got HTTP 200 \(the request was accepted\)$/ },
  { name: 'an empty signature accepted', trace: probesAfter(REFUSED, probe(ID, ACCEPTED)), fires: true, message: /^probe of SEC-SIG-HEADERS: expected HTTP 400, got HTTP 200/ },
  { name: 'a missing header refused with 401', trace: probesAfter(REFUSED, probe(ID, answer(401))), fires: true, message: /got HTTP 401$/ },
  { name: 'a missing header refused with 400 and a response envelope', trace: probesAfter(REFUSED, probe(ID, answer(400, SKILL_ANSWER))), fires: true, message: /but the answer carries a response envelope/ },
  { name: 'a missing header not answered', trace: probesAfter(REFUSED, probe(ID, NO_ANSWER)), fires: true, message: /got no answer/ },
]);
