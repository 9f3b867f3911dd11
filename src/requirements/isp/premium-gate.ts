import { answered, concludes, offersOf, runServed } from '../../checks/isp-evidence.js';
import { ispMeta } from '../../checks/isp-meta.js';
import { audible } from '../../checks/response-shape.js';
import type { Entry, Trace } from '../../checks/types.js';
import { skillRequirement } from '../define.js';

/** The ENTITLED answers a NOT_ENTITLED premium answer is compared with, by index, each answered with every call served. */
function entitledAnswers(entry: Entry, trace: Trace): number[] {
  return (ispMeta(entry)?.entitledAt ?? []).filter((i) => {
    const other = trace.entries[i];
    return answered(other) && runServed(other, trace);
  });
}

/**
 * Each not-entitled answer of the premium steps differs from every entitled one, unless it offers a product.
 * Each side runs several times, so a skill whose answer does not depend on the entitlement (a random free tip)
 * shows it as a coincidence.
 */
export default skillRequirement({
  entry: {
    id: 'ISP-PREMIUM-GATE',
    level: 'SHOULD',
    title: 'Premium intents answer differently when no product is ENTITLED.',
    source: {
      page: 'In-Skill Product Service',
      section: 'Get all in-skill products',
    },
    basis: 'documented',
    quote: 'Users should only be given access to the premium content if the value of entitled is set to ENTITLED.',
  },
  check: {
    applies: (entry, trace) => {
      const meta = ispMeta(entry);
      return meta?.entitled === 'NOT_ENTITLED' && concludes(entry, 'premium') && answered(entry) && runServed(entry, trace) && entitledAnswers(entry, trace).length > 0;
    },
    problems: (entry, trace) => {
      if (offersOf(entry.exchange.body).length > 0) return [];
      const heard = audible(entry.exchange.body);
      const same = entitledAnswers(entry, trace).find((i) => audible(trace.entries[i]?.exchange.body) === heard);
      if (same === undefined) return [];
      return [{ message: 'the premium steps answer the same with no product ENTITLED as with every product ENTITLED, and offer nothing', compareAt: same }];
    },
  },
  families: ['isp'],
  notProbed: 'no isp.premium steps were answered with the product service working both times (ENTITLED and NOT_ENTITLED)',
});
