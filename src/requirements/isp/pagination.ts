import { described, isListCall, pageOf, queryValue } from '../../checks/isp-calls.js';
import { each, received } from '../../checks/isp-evidence.js';
import type { OutboundCall } from '../../targets/exchange.js';
import { skillRequirement } from '../define.js';

/** The truncated pages among `calls` whose nextToken no later call (`calls` after it, then `later`) followed. */
function abandonedPages(calls: OutboundCall[], later: OutboundCall[]): OutboundCall[] {
  return calls.filter((call, i) => {
    const page = call.fault === undefined && isListCall(call) ? pageOf(call) : undefined;
    if (!page?.isTruncated || page.nextToken === undefined) return false;
    return ![...calls.slice(i + 1), ...later].some((next) => queryValue(next, 'nextToken') === page.nextToken);
  });
}

/**
 * When isTruncated is true, the skill follows nextToken before it concludes a listing. A skill may page across
 * turns ("want to hear more?"): a token followed in a later request of the case counts.
 */
export default skillRequirement({
  entry: {
    id: 'ISP-PAGINATION',
    level: 'SHOULD',
    title: 'When isTruncated is true, the skill follows nextToken before it concludes a listing.',
    source: {
      page: 'In-Skill Product Service',
      section: 'Get all in-skill products',
    },
    basis: 'documented',
    quote: 'When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element, the value of which can be used in the next request as the continuation-token to list the next set of objects.',
  },
  check: {
    applies: (entry) => received(entry).some((c) => c.fault === undefined && pageOf(c)?.isTruncated === true),
    problems: (entry, trace, _ctx, at) =>
      each(
        abandonedPages(received(entry), trace.entries.slice(at + 1).flatMap(received)).map(
          (call) => `${described(call)} answered isTruncated true; the skill never asked for the next page with its nextToken`,
        ),
      ),
  },
  families: ['isp'],
  notProbed: 'the product service never answered isTruncated true (no listing reached it, or every catalog fit one page)',
});
