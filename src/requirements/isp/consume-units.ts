import { offersOf, served } from '../../checks/isp-evidence.js';
import { ispMeta } from '../../checks/isp-meta.js';
import { audible, responseOf } from '../../checks/response-shape.js';
import type { Entry, Trace } from '../../checks/types.js';
import { skillRequirement } from '../define.js';

/** The allowed uses' answers a use past the units is compared with, each answered with every call served. */
function allowedAnswers(entry: Entry, trace: Trace): number[] {
  return (ispMeta(entry)?.allowedAt ?? []).filter((i) => {
    const other = trace.entries[i];
    return other !== undefined && responseOf(other.exchange.body) !== undefined && served(other, trace);
  });
}

/**
 * Past the uses the units bought allow (isp.usesPerUnit each), the consume steps answer otherwise than they did
 * for an allowed use, or offer more (activeEntitlementCount "does not reflect the user's consumption of the
 * purchased units, so you must manage the user's inventory").
 */
export default skillRequirement({
  entry: {
    id: 'ISP-CONSUME-UNITS',
    level: 'MUST',
    title: 'A consumable is not used more times than the units bought allow (isp.usesPerUnit uses each): past them, the consume steps answer otherwise than for an allowed use, or offer more.',
    source: {
      page: 'In-Skill Product Service',
      section: 'InSkillProduct',
    },
    basis: 'documented',
    quote: 'For a CONSUMABLE, this is the total number of times the user purchased the product. Note that this does not reflect the user\'s consumption of the purchased units, so you must manage the user\'s inventory.',
  },
  check: {
    applies: (entry, trace) => {
      const meta = ispMeta(entry);
      return meta?.flow === 'consume' && meta.last && meta.allowedAt !== undefined && responseOf(entry.exchange.body) !== undefined && served(entry, trace) && allowedAnswers(entry, trace).length > 0;
    },
    problems: (entry, trace) => {
      if (offersOf(entry.exchange.body).length > 0) return [];
      const heard = audible(entry.exchange.body);
      const same = allowedAnswers(entry, trace).find((i) => audible(trace.entries[i]?.exchange.body) === heard);
      if (same === undefined) return [];
      const meta = ispMeta(entry);
      const allowed = meta?.allowedAt?.length ?? 0;
      return [
        {
          message: `use ${allowed + 1} is answered as an allowed use was, though ${meta?.units ?? '?'} unit(s) bought at ${meta?.usesPerUnit ?? 1} use(s) each allow ${allowed}: the skill does not keep the customer's inventory`,
          compareAt: same,
        },
      ];
    },
  },
  families: ['isp'],
});
