import { ispMeta } from '../../checks/isp-meta.js';
import { isObject, responseOf, spokenText } from '../../checks/response-shape.js';
import { skillRequirement } from '../define.js';

/** An `<audio>` element is sound, though it has no words. */
const plays = (speech: unknown): boolean => isObject(speech) && typeof speech['ssml'] === 'string' && /<audio\b/i.test(speech['ssml']);

/**
 * The answer to a Connections.Response (Buy, Upsell, Cancel, any purchaseResult) speaks, ends the session, or
 * hands over with a directive: an empty `<speak></speak>` with the session left open is silence with the
 * microphone open.
 */
export default skillRequirement({
  entry: {
    id: 'ISP-RESPONSE-SPEAKS',
    level: 'SHOULD',
    title: 'The answer to a Connections.Response (Buy, Upsell or Cancel, each purchaseResult) speaks, ends the session or carries a directive; it is never silent with the session left open.',
    source: {
      page: 'In-Skill Product Service',
      section: 'Get all in-skill products',
    },
    basis: 'inferred',
    inference: 'The purchase flow returns the customer to the skill with a Connections.Response; a response with no speech, no directive and the session left open leaves the customer in silence with the microphone open, as a silent answer to SessionResumedRequest does (RESUME-CONTINUES). The pages do not state it for in-skill purchases.',
  },
  check: {
    applies: (entry) => ispMeta(entry)?.flow === 'response' && responseOf(entry.exchange.body) !== undefined,
    problems: (entry) => {
      const response = responseOf(entry.exchange.body) ?? {};
      const speech = response['outputSpeech'];
      if (spokenText(speech) !== '' || plays(speech) || response['shouldEndSession'] === true) return [];
      const directives = response['directives'];
      if (Array.isArray(directives) && directives.length > 0) return [];
      const meta = ispMeta(entry);
      return [{ message: `the answer to Connections.Response ${meta?.name ?? ''} ${meta?.purchaseResult ?? ''} is silent and leaves the session open` }];
    },
  },
  families: ['isp'],
});
