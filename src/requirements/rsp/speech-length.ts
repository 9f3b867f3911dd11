import { responseChecks } from '../../checks/response.js';
import { checkIn, skillRequirement } from '../define.js';
import { ANSWERING_FAMILIES } from '../families.js';

export default skillRequirement({
  entry: {
    id: 'RSP-SPEECH-LENGTH',
    level: 'MUST',
    title: 'outputSpeech and reprompt speech are at most 8,000 characters.',
    source: {
      page: 'Request and Response JSON Reference',
      section: 'Response format',
    },
    basis: 'documented',
    quote: 'The outputSpeech response cannot exceed 8000 characters.',
  },
  check: checkIn(responseChecks, 'RSP-SPEECH-LENGTH'),
  families: ANSWERING_FAMILIES,
});
