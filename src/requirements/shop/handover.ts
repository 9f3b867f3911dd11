/** SHOP-HANDOVER: the configured steps of an action end in that task's StartConnection. */
import { isObject } from '../../checks/response-shape.js';
import { shoppingDirectives } from '../../checks/tasks.js';
import type { Entry } from '../../checks/types.js';
import { skillRequirement } from '../define.js';

/**
 * The slots of the flow's steps that the model could not resolve (ER_SUCCESS_NO_MATCH), as Alexa would have sent
 * them: often why a skill that reads entity resolution never reached its hand-over (a step's value from another
 * locale's model, say).
 */
function unresolvedHint(steps: readonly Entry[]): string {
  const unresolved = steps.flatMap((step, i) => {
    const request = isObject(step.exchange.request) ? step.exchange.request['request'] : undefined;
    const intent = isObject(request) ? request['intent'] : undefined;
    const slots = isObject(intent) && isObject(intent['slots']) ? Object.values(intent['slots']) : [];
    return slots.filter(isObject).flatMap((slot) => {
      const resolutions = isObject(slot['resolutions']) ? slot['resolutions']['resolutionsPerAuthority'] : undefined;
      const first: unknown = Array.isArray(resolutions) ? resolutions[0] : undefined;
      const status = isObject(first) && isObject(first['status']) ? first['status']['code'] : undefined;
      const locale = isObject(request) ? String(request['locale']) : '';
      return status === 'ER_SUCCESS_NO_MATCH' ? [`slot ${String(slot['name'])} "${String(slot['value'])}" of step ${i + 1} matched no value of the ${locale} model`] : [];
    });
  });
  return unresolved.length ? `; ${unresolved.join('; ')} (ER_SUCCESS_NO_MATCH: give a value the model has)` : '';
}

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
    problems: (entry, trace, _ctx, at) => {
      const tasks = shoppingDirectives(entry.exchange.body).map((d) => d.task);
      if (!entry.meta.task || tasks.includes(entry.meta.task)) return [];
      const found = tasks.length ? ` (found ${tasks.join(', ')})` : '';
      const stopped = entry.meta.stoppedAt;
      const message = stopped
        ? `the configured steps for ${entry.meta.task} stopped at step ${stopped.step} of ${stopped.of} (${stopped.why}: Alexa sends nothing more in that session) without its StartConnection${found}`
        : `the configured steps for ${entry.meta.task} ended without its StartConnection${found}`;
      return [{ message: `${message}${unresolvedHint(trace.entries.slice(0, at + 1))}` }];
    },
  },
  families: ['actions'],
  notProbed: 'no action is configured, so no steps were expected to hand over',
});
