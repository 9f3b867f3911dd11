import { receiving } from '../../checks/isp-evidence.js';
import { ispMeta } from '../../checks/isp-meta.js';
import { rspProblems } from '../../checks/response.js';
import { skillRequirement } from '../define.js';

/** With the service answering 400, 401, 404 or 500, or slowly, the skill's response still passes the RSP-* checks. */
export default skillRequirement({
  entry: {
    id: 'ISP-FAULTS',
    level: 'MUST',
    title: 'With the product service answering 400, 401, 404 or 500, or slowly, the skill\'s response still passes the RSP-* checks.',
    source: {
      page: 'In-Skill Product Service',
      section: 'Get all in-skill products',
    },
    basis: 'inferred',
    inference: 'The service documents 400, 401, 404 and 500 answers in its Response tables; a skill whose own answer breaks when one of them comes leaves the customer with nothing.',
  },
  check: {
    applies: (entry) => ispMeta(entry)?.fault !== undefined && receiving(entry),
    problems: (entry, trace, ctx, at) =>
      rspProblems(entry, trace, ctx, at).map((p) => ({ message: `with the service answering ${ispMeta(entry)?.fault}: ${p.message}` })),
  },
  families: ['isp'],
  notProbed: 'no call reached the In-Skill Product Service while it was failing',
});
