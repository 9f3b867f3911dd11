import { sameFlowAsSuccess, successOf } from '../../checks/success.js';
import { ASSOCIATES_RESULT } from '../../checks/tasks.js';
import { skillRequirement } from '../define.js';

/**
 * Status "200" with a result error is answered differently from success. "Use the result to alter the flow": the
 * same words with other session attributes or another directive are a different flow. The Associates result is
 * not asked to differ: the page says it "doesn't impact the requested shopping action".
 */
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
  check: {
    applies: (entry, trace) =>
      entry.role === 'resume' && entry.meta.statusCode === '200' && entry.meta.result !== undefined && entry.meta.result.code !== ASSOCIATES_RESULT.code &&
      entry.meta.token === 'issued' && successOf(entry, trace) !== undefined,
    problems: (entry, trace) => {
      const at = sameFlowAsSuccess(entry, trace);
      if (at === undefined) return [];
      return [
        {
          message: `the response to ${entry.meta.result?.code} with status "200" is the same as the response to success (speech, reprompt, card, directives and session attributes)`,
          compareAt: at,
        },
      ];
    },
  },
  families: ['resume'],
  notProbed: 'no resume with a failed result and the issued token could be compared with a successful one (did the hand-over issue a token?)',
});
