import { described, originOf, productCalls, requestFacts, sameRun } from '../../checks/isp-calls.js';
import { calling, concludes, each } from '../../checks/isp-evidence.js';
import { skillRequirement } from '../define.js';

/** Product calls go to context.System.apiEndpoint ("Host endpoint"); the list steps make one. */
export default skillRequirement({
  entry: {
    id: 'ISP-ENDPOINT',
    level: 'MUST',
    title: 'Product calls go to context.System.apiEndpoint.',
    source: {
      page: 'In-Skill Product Service',
      section: 'Host endpoint',
    },
    basis: 'documented',
    quote: 'The host for all calls to the in-skill product APIs is the value of the apiEndpoint field of the System.Object.',
  },
  check: {
    applies: (entry) => calling(entry) || concludes(entry, 'list'),
    problems: (entry, trace) => {
      const expected = originOf(requestFacts(entry).apiEndpoint);
      const elsewhere = productCalls(entry).filter((c) => c.blocked || originOf(c.url) !== expected);
      if (elsewhere.length > 0)
        return each(elsewhere.map((c) => `${described(c, true)} ${c.blocked ? 'was blocked' : 'went elsewhere'}: product calls go to context.System.apiEndpoint`));
      if (concludes(entry, 'list') && !sameRun(entry, trace).some(calling))
        return each(['the list steps made no call to context.System.apiEndpoint: the products must come from the In-Skill Product Service']);
      return [];
    },
  },
  families: ['isp'],
  notProbed: 'the skill made no in-skill product call and the config declares no isp.list steps',
});
