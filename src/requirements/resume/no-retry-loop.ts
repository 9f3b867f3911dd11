import { isObject } from '../../checks/response-shape.js';
import { asinsOf, shoppingDirectives } from '../../checks/tasks.js';
import type { Entry } from '../../checks/types.js';
import { skillRequirement } from '../define.js';

/** A resume after a task that failed: a result error, or a status other than "200". */
const failed = (entry: Entry): boolean => entry.meta.result !== undefined || entry.meta.statusCode !== '200';

/** A failed result does not start the same task for the same products again. */
export default skillRequirement({
  entry: {
    id: 'RESUME-NO-RETRY-LOOP',
    level: 'SHOULD',
    title: 'The response to a failed result does not start the same task for the same products again.',
    source: {
      page: 'Implement Alexa Shopping Actions in Your Skill',
      section: 'Implement purchase-product',
    },
    basis: 'inferred',
    inference: 'From "If the action fails, Alexa informs the customer of the error and provides available recovery mechanisms to the customer.": the recovery is Alexa\'s, so starting the same task for the same products again at once loops the customer through what Alexa already resolved.',
  },
  check: {
    applies: (entry, trace) =>
      entry.role === 'resume' && failed(entry) && isObject(entry.exchange.body) && entry.meta.handoverAt !== undefined && trace.entries[entry.meta.handoverAt] !== undefined,
    problems: (entry, trace) => {
      const handover = trace.entries[entry.meta.handoverAt ?? -1];
      const first = handover ? shoppingDirectives(handover.exchange.body).find((d) => d.task === entry.meta.task) : undefined;
      if (!first) return [];
      const again = shoppingDirectives(entry.exchange.body).find(
        (d) => d.task === first.task && asinsOf(d.directive).join() === asinsOf(first.directive).join(),
      );
      return again
        ? [{ message: `after a failed ${first.task} the skill starts ${first.task} again for ${asinsOf(first.directive).join(', ')}`, compareAt: entry.meta.handoverAt }]
        : [];
    },
  },
  families: ['resume'],
  prohibition: true,
  notProbed: 'no resume after a failed task was answered',
});
