import { served } from '../../checks/isp-evidence.js';
import { ispMeta } from '../../checks/isp-meta.js';
import { namedNotForSale, wordsOf } from '../../checks/isp-names.js';
import { responseOf } from '../../checks/response-shape.js';
import { skillRequirement } from '../define.js';

/**
 * What the list steps end by saying names no product the service lists as NOT_PURCHASABLE for a customer who does
 * not own it ("Only products with a purchasable value of PURCHASABLE should be offered to the user"). An owned
 * product may be named ("you already have ...").
 */
export default skillRequirement({
  entry: {
    id: 'ISP-LIST-PURCHASABLE',
    level: 'SHOULD',
    title: 'What the skill says when listing products names no product the service lists as NOT_PURCHASABLE for a customer who does not own it.',
    source: {
      page: 'In-Skill Product Service',
      section: 'Get all in-skill products',
    },
    basis: 'documented',
    quote: 'Only products with a purchasable value of PURCHASABLE should be offered to the user.',
  },
  check: {
    applies: (entry, trace) => {
      const meta = ispMeta(entry);
      return meta?.flow === 'list' && meta.last && meta.fault === undefined && responseOf(entry.exchange.body) !== undefined && served(entry, trace);
    },
    problems: (entry) =>
      namedNotForSale(wordsOf(entry.exchange.body), ispMeta(entry)?.catalog ?? []).map((name) => ({
        message: `the listing names "${name}", which the service lists as NOT_PURCHASABLE for this customer (who does not own it)`,
      })),
  },
  families: ['isp'],
  prohibition: true,
});
