/** SHOP-HANDOVER: the configured steps of an action end in that task's StartConnection. */
import { isObject } from '../../checks/response-shape.js';
import { shoppingDirectives } from '../../checks/tasks.js';
import { skillRequirement } from '../define.js';

export default skillRequirement({
  entry: {
    id: 'SHOP-HANDOVER',
    level: 'MUST',
    title: 'The configured steps of an action end in a StartConnection for that action\'s task, so the hand-over to Alexa happens.',
    source: {
      page: 'Implement Alexa Shopping Actions in Your Skill',
      section: 'Use skill connections with shopping tasks',
    },
    basis: 'documented',
    quote: 'You delegate the Alexa shopping flow to Alexa by using the skill connections interface to invoke one of the following predefined tasks:',
  },
  check: {
    // An answer that is no response object (null over HTTP, nothing from a handler) is RSP-HTTP's to report.
    applies: (entry) => entry.role === 'handover' && isObject(entry.exchange.body),
    problems: (entry) => {
      const tasks = shoppingDirectives(entry.exchange.body).map((d) => d.task);
      if (!entry.meta.task || tasks.includes(entry.meta.task)) return [];
      const found = tasks.length ? ` (found ${tasks.join(', ')})` : '';
      const stopped = entry.meta.stoppedAt;
      return [
        {
          message: stopped
            ? `the configured steps for ${entry.meta.task} stopped at step ${stopped.step} of ${stopped.of} (${stopped.why}: Alexa sends nothing more in that session) without its StartConnection${found}`
            : `the configured steps for ${entry.meta.task} ended without its StartConnection${found}`,
        },
      ];
    },
  },
  families: ['actions'],
  notProbed: 'no action is configured, so no steps were expected to hand over',
});
