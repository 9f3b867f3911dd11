import { responseChecks } from '../../checks/response.js';
import { checkIn, skillRequirement } from '../define.js';
import { ANSWERING_FAMILIES } from '../families.js';

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
  check: checkIn(responseChecks, 'RSP-SIZE'),
  families: ANSWERING_FAMILIES,
});
