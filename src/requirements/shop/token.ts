/** SHOP-TOKEN: a non-empty token, to restore the session on resume. */
import { perDirective } from '../../checks/per-directive.js';
import { skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'SHOP-TOKEN',
    level: 'SHOULD',
    title: 'A StartConnection carries a non-empty token, to restore the session on resume.',
    source: {
      page: 'Implement Alexa Shopping Actions in Your Skill',
      section: 'Handle a session resumed request',
    },
    basis: 'documented',
    quote: 'Use the token value to restore the previous session of the skill before you invoked the action.',
  },
  check: perDirective(({ directive: d }) =>
    typeof d['token'] !== 'string' ? ['no token'] : d['token'].trim() === '' ? ['an empty token'] : [],
  ),
  families: ['actions'],
  notProbed: 'no response carried a StartConnection for a shopping task',
});
