import { responseChecks } from '../../checks/response.js';
import { checkIn, skillRequirement } from '../define.js';
import { ANSWERING_FAMILIES } from '../families.js';

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
  check: checkIn(responseChecks, 'RSP-SSML'),
  families: ANSWERING_FAMILIES,
});
