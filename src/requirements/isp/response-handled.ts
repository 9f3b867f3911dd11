import { ispMeta } from '../../checks/isp-meta.js';
import { rspProblems } from '../../checks/response.js';
import { skillRequirement } from '../define.js';

/** A Connections.Response for Buy, Upsell or Cancel, with each purchaseResult, gets a response that passes the RSP-* checks. */
export default skillRequirement({
  entry: {
    id: 'ISP-RESPONSE-HANDLED',
    level: 'MUST',
    title: 'A Connections.Response for Buy, Upsell or Cancel, with each purchaseResult, gets a response that passes the RSP-* checks.',
    source: {
      page: 'Add In-Skill Purchases to a Custom Skill',
      section: 'Resume your skill after the purchase flow',
    },
    basis: 'documented',
    quote: 'Resume your skill after the purchase flow completes',
  },
  check: {
    applies: (entry) => ispMeta(entry)?.flow === 'response',
    problems: rspProblems,
  },
  families: ['isp'],
});
