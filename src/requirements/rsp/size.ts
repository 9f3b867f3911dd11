import { withinSize } from '../../checks/response.js';
import { skillRequirement } from '../define.js';
import { ANSWERING_FAMILIES } from '../families.js';

/**
 * The serialized response is at most 24 KB.
 * The rule lives in src/checks/response.ts: the *-HANDLED requirements judge it too.
 */
export default skillRequirement({
  entry: {
    id: 'RSP-SIZE',
    level: 'MUST',
    title: 'The serialized response is at most 24 KB (24,576 bytes).',
    source: {
      page: 'Request and Response JSON Reference',
      section: 'Response format',
    },
    basis: 'documented',
    quote: 'The total size of your response cannot exceed 24 kilobytes.',
  },
  check: withinSize,
  families: ANSWERING_FAMILIES,
});
