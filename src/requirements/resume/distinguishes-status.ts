import { sameFlowAsSuccess, successOf } from '../../checks/success.js';
import { skillRequirement } from '../define.js';

/**
 * A status other than "200" (no result) is answered differently from success: "To determine if the action
 * succeeded, check the cause.status and task-specific cause.result parameters". A skill that reads the result alone
 * tells a customer whose task failed with a 500 that it succeeded. As for the result, the same words with other
 * session attributes or another directive are a different flow.
 */
export default skillRequirement({
  entry: {
    id: 'RESUME-DISTINGUISHES-STATUS',
    level: 'SHOULD',
    title: 'The response to a status other than "200" differs from the response to success (in speech, reprompt, card, directives or session attributes).',
    source: {
      page: 'Alexa Shopping Actions API Reference',
      section: 'Response',
    },
    basis: 'documented',
    quote: 'To determine if the action succeeded, check the cause.status and task-specific cause.result parameters.',
  },
  check: {
    applies: (entry, trace) =>
      entry.role === 'resume' && entry.meta.statusCode !== undefined && entry.meta.statusCode !== '200' && entry.meta.result === undefined &&
      entry.meta.token === 'issued' && successOf(entry, trace) !== undefined,
    problems: (entry, trace) => {
      const at = sameFlowAsSuccess(entry, trace);
      if (at === undefined) return [];
      return [
        {
          message: `the response to status "${entry.meta.statusCode}" is the same as the response to success with status "200" (speech, reprompt, card, directives and session attributes)`,
          compareAt: at,
        },
      ];
    },
  },
  families: ['resume'],
  notProbed: 'no resume with a status other than "200" and the issued token could be compared with a successful one (did the hand-over issue a token?)',
});
