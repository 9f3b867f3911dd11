import { described, isListCall, pageOf, queryValue } from '../../checks/isp-calls.js';
import { each, received } from '../../checks/isp-evidence.js';
import type { Entry, Trace } from '../../checks/types.js';
import { queryOf, queryProblems } from '../../mocks/isp/query.js';
import { skillRequirement } from '../define.js';

/** The nextTokens the service answered before call `index` of entry `at`. */
function tokensReceived(entry: Entry, trace: Trace, at: number, index: number): Set<string> {
  const earlier = trace.entries.slice(0, at).flatMap(received);
  const here = received(entry).slice(0, index);
  return new Set([...earlier, ...here].flatMap((c) => pageOf(c)?.nextToken ?? []));
}

/** A product listing's query values are within the documented enums, maxResults 1 to 100, and nextToken only as received. */
export default skillRequirement({
  entry: {
    id: 'ISP-QUERY',
    level: 'MUST',
    title: 'Query values are within the documented enums, maxResults is an integer from 1 to 100, and nextToken is only sent as received.',
    source: {
      page: 'In-Skill Product Service',
      section: 'Get all in-skill products',
    },
    basis: 'documented',
    quote: 'Sets the maximum number of results returned in the response body. Set this value to retrieve less than the upper limit of 100.',
  },
  check: {
    applies: (entry) => received(entry).some(isListCall),
    problems: (entry, trace, _ctx, at) =>
      each(
        received(entry).flatMap((c, index) => {
          if (!isListCall(c)) return [];
          const problems = queryProblems(queryOf(new URL(c.url))).map((p) => `${described(c)}: ${p}`);
          const next = queryValue(c, 'nextToken');
          if (next !== null && !tokensReceived(entry, trace, at, index).has(next)) problems.push(`${described(c)} sends a nextToken the service never returned`);
          return problems;
        }),
      ),
  },
  families: ['isp'],
  notProbed: 'no product listing reached the In-Skill Product Service at context.System.apiEndpoint',
});
