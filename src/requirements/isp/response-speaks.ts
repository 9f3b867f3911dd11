import { ispChecks } from '../../checks/isp.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'ISP-RESPONSE-SPEAKS',
    level: 'SHOULD',
    title: 'The answer to a Connections.Response (Buy, Upsell or Cancel, each purchaseResult) speaks, ends the session or carries a directive; it is never silent with the session left open.',
    source: {
      page: 'In-Skill Product Service',
      section: 'Get all in-skill products',
    },
    basis: 'inferred',
    inference: 'The purchase flow returns the customer to the skill with a Connections.Response; a response with no speech, no directive and the session left open leaves the customer in silence with the microphone open, as a silent answer to SessionResumedRequest does (RESUME-CONTINUES). The pages do not state it for in-skill purchases.',
  },
  check: checkIn(ispChecks, 'ISP-RESPONSE-SPEAKS'),
  families: ['isp'],
});
