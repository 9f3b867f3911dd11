import { described, requestFacts } from '../../checks/isp-calls.js';
import { each, received, receiving } from '../../checks/isp-evidence.js';
import { skillRequirement } from '../define.js';

/** Product calls carry Authorization: Bearer <context.System.apiAccessToken> ("Get all in-skill products", Parameters). */
export default skillRequirement({
  entry: {
    id: 'ISP-AUTH',
    level: 'MUST',
    title: 'Product calls carry Authorization: Bearer <context.System.apiAccessToken>.',
    source: {
      page: 'In-Skill Product Service',
      section: 'Get all in-skill products',
    },
    basis: 'documented',
    quote: 'Authorization: Bearer {event.context.System.apiAccessToken}',
  },
  check: {
    applies: receiving,
    problems: (entry) => {
      const token = requestFacts(entry).apiAccessToken;
      return each(
        received(entry).flatMap((c) => {
          const header = c.headers['authorization'];
          if (header === undefined || header === '') return [`${described(c)} carries no Authorization header`];
          const [scheme, value, ...rest] = header.trim().split(/\s+/);
          if (scheme?.toLowerCase() !== 'bearer' || rest.length > 0) return [`${described(c)} carries Authorization "${scheme ?? ''} …", not "Bearer <apiAccessToken>"`];
          return value === token ? [] : [`${described(c)} carries a bearer token other than this request's context.System.apiAccessToken`];
        }),
      );
    },
  },
  families: ['isp'],
  notProbed: 'no call reached the In-Skill Product Service at context.System.apiEndpoint',
});
