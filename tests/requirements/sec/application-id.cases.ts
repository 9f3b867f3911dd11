import { skillCases } from '../../helpers/check-cases.js';
import { ACCEPTED, answer, probe, probesAfter, REFUSED, SKILL_ANSWER } from '../../helpers/sec.js';

const ID = 'SEC-APPLICATION-ID';

// Any 4xx or 5xx refuses it (no status is documented); judged only when the unsigned control request was accepted.
export default skillCases([
  { name: 'another skill\'s applicationId refused with 400', trace: probesAfter(ACCEPTED, probe(ID, REFUSED)), fires: false },
  { name: 'another skill\'s applicationId refused with 403', trace: probesAfter(ACCEPTED, probe(ID, answer(403))), fires: false },
  { name: 'another skill\'s applicationId refused by a 500 of the SDK', trace: probesAfter(ACCEPTED, probe(ID, answer(500, undefined, { raw: 'AskSdk.Skill dispatch failed Error' }))), fires: false },
  { name: 'another skill\'s applicationId answered', trace: probesAfter(ACCEPTED, probe(ID, ACCEPTED)), fires: true, message: /^probe of SEC-APPLICATION-ID: expected a 4xx or 5xx refusal, got HTTP 200 \(the skill answered it\)$/ },
  { name: 'another skill\'s applicationId refused with 500 and a response envelope', trace: probesAfter(ACCEPTED, probe(ID, answer(500, SKILL_ANSWER))), fires: true, message: /refused with 500, but the answer carries a response envelope/ },
  { name: 'another skill\'s applicationId redirected', trace: probesAfter(ACCEPTED, probe(ID, answer(302))), fires: true, message: /got HTTP 302$/ },
  { name: 'another skill\'s applicationId answered, when the control was refused too', trace: probesAfter(REFUSED, probe(ID, ACCEPTED)), fires: false },
]);
