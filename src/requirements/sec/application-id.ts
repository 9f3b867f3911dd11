/** SEC-APPLICATION-ID: a request for another skill's applicationId is refused (any 4xx or 5xx, no skill output). */
import { refused, securityCheck } from '../../checks/security.js';
import { skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'SEC-APPLICATION-ID',
    level: 'SHOULD',
    title: 'A web service refuses (any 4xx or 5xx, no skill output) a request whose applicationId is not its own skill\'s.',
    source: {
      page: 'Host a Custom Skill as a Web Service',
      section: 'Verify that the request was sent by Alexa',
    },
    basis: 'inferred',
    inference: 'Inferred: a request for another skill\'s applicationId did not come from Alexa for this skill ("The service must verify that incoming requests come from Alexa."); ask-sdk refuses it when a skill id is configured (withSkillId), and no status is documented for it.',
  },
  check: securityCheck('SEC-APPLICATION-ID', refused),
  families: ['security'],
  notProbed: 'the unsigned control request was refused, so a refusal of this probe would show nothing: run them with signature verification off (and the skill\'s own applicationId in the config)',
});
