import { resumeChecks } from '../../checks/resume.js';
import { checkIn, skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'RESUME-DISTINGUISHES-RESULT',
    level: 'SHOULD',
    title: 'The response to status "200" with a result error differs from the response to success (in speech, reprompt, card, directives or session attributes).',
    source: {
      page: 'Alexa Shopping Actions API Reference',
      section: 'Response',
    },
    basis: 'documented',
    quote: 'The cause.result parameter indicates if there\'s an issue performing the shopping action.',
  },
  check: checkIn(resumeChecks, 'RESUME-DISTINGUISHES-RESULT'),
  families: ['resume'],
  notProbed: 'no resume with a failed result and the issued token could be compared with a successful one (did the hand-over issue a token?)',
});
