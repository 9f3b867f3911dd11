import { described, requestFacts } from '../../checks/isp-calls.js';
import { each, received, receiving } from '../../checks/isp-evidence.js';
import { skillRequirement } from '../define.js';

/** The first language range of an Accept-Language value ("en-US,en;q=0.9" -> "en-US"): the language the skill asks for first. */
const firstLanguage = (header: string): string => (header.split(',')[0] ?? '').split(';')[0]?.trim() ?? '';

/** Product calls carry an Accept-Language whose first language range is the request's locale (further, lower-weighted ranges allowed). */
export default skillRequirement({
  entry: {
    id: 'ISP-LANGUAGE',
    level: 'MUST',
    title: 'Product calls carry an Accept-Language whose first language range is the request\'s locale.',
    source: {
      page: 'In-Skill Product Service',
      section: 'Get all in-skill products',
    },
    basis: 'documented',
    quote: 'Accept-Language: {event.request.locale}',
  },
  check: {
    applies: receiving,
    problems: (entry) => {
      const locale = requestFacts(entry).locale;
      return each(
        received(entry).flatMap((c) => {
          const header = c.headers['accept-language'];
          if (header === undefined || header.trim() === '') return [`${described(c)} carries no Accept-Language header (the request's locale is ${locale})`];
          return firstLanguage(header).toLowerCase() === locale?.toLowerCase()
            ? []
            : [`${described(c)} carries Accept-Language "${header}", whose first language is not the request's locale ${locale}`];
        }),
      );
    },
  },
  families: ['isp'],
  notProbed: 'no call reached the In-Skill Product Service at context.System.apiEndpoint',
});
