import { supportedSsml } from '../../checks/response.js';
import { skillRequirement } from '../define.js';
import { ANSWERING_FAMILIES } from '../families.js';

/**
 * SSML speech is well-formed XML with one <speak> root and uses only what Alexa supports: its tags with their attributes, <audio> over https, at most five <audio> in a response.
 * The rule lives in src/checks/response.ts: the *-HANDLED requirements judge it too.
 */
export default skillRequirement({
  entry: {
    id: 'RSP-SSML',
    level: 'MUST',
    title: 'SSML speech is well-formed XML with a single <speak> root and uses only the SSML Alexa supports: its tags with their attributes, <audio> over https, at most five <audio> in a response.',
    source: {
      page: 'Speech Synthesis Markup Language (SSML) Reference',
      section: 'speak',
    },
    basis: 'inferred',
    inference: 'The SSML Reference wraps all speech in a single <speak> element and Alexa accepts only the SSML it supports; speech that is not well-formed XML under <speak> cannot be spoken.',
  },
  check: supportedSsml,
  families: ANSWERING_FAMILIES,
});
