import { speechWithinLength } from '../../checks/response.js';
import { skillRequirement } from '../define.js';
import { ANSWERING_FAMILIES } from '../families.js';

/**
 * outputSpeech and reprompt speech are at most 8,000 characters (the response schema's maxLength).
 * The rule lives in src/checks/response.ts: the *-HANDLED requirements judge it too.
 */
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
  check: speechWithinLength,
  families: ANSWERING_FAMILIES,
});
