import { skillCases } from '../../helpers/check-cases.js';
import { ACCEPTED, answer, probe, probesAfter, REFUSED, SKILL_ANSWER } from '../../helpers/sec.js';

const ID = 'SEC-TIMESTAMP-FUTURE';

// The probe is unsigned: its refusal shows something only when the unsigned control request was accepted.
export default skillCases([
  { name: 'a timestamp 151 s ahead, refused with 400', trace: probesAfter(ACCEPTED, probe(ID, REFUSED)), fires: false },
  { name: 'a timestamp 151 s ahead, accepted', trace: probesAfter(ACCEPTED, probe(ID, ACCEPTED)), fires: true, message: /^probe of SEC-TIMESTAMP-FUTURE: expected HTTP 400, got HTTP 200 \(the request was accepted\)$/ },
  { name: 'a timestamp 151 s ahead, refused with 500', trace: probesAfter(ACCEPTED, probe(ID, answer(500))), fires: true, message: /expected HTTP 400, got HTTP 500$/ },
  { name: 'a timestamp 151 s ahead, refused with 400 and a response envelope', trace: probesAfter(ACCEPTED, probe(ID, answer(400, SKILL_ANSWER))), fires: true, message: /carries a response envelope/ },
  { name: 'a timestamp 151 s ahead, accepted, when the control was refused too', trace: probesAfter(REFUSED, probe(ID, ACCEPTED)), fires: false },
]);
