import { productCalls, sameRun } from '../../checks/isp-calls.js';
import { calling, concludes, each, offersOf, runServed } from '../../checks/isp-evidence.js';
import { ispMeta } from '../../checks/isp-meta.js';
import { isObject } from '../../checks/response-shape.js';
import type { CheckContext, Entry, Trace } from '../../checks/types.js';
import { buyable } from '../../mocks/isp/catalog.js';
import { skillRequirement } from '../define.js';

type Listed = { productId?: unknown; purchasable?: unknown; entitled?: unknown; name?: unknown; referenceName?: unknown };

/**
 * What the service holds for this user: the catalog the mock served this request (an ISP scenario's own,
 * else the run's catalog, which every other request is served), else what the service answered so far.
 */
function listedFor(entry: Entry, trace: Trace, ctx: CheckContext, at: number): readonly Listed[] {
  const catalog = ispMeta(entry)?.catalog ?? ctx.products;
  if (catalog) return catalog;
  const answers = trace.entries.slice(0, at + 1).flatMap((e) => productCalls(e).filter((c) => c.status === 200).map((c) => c.answer));
  return answers.flatMap((a) => (isObject(a) && Array.isArray(a['inSkillProducts']) ? (a['inSkillProducts'] as never[]) : isObject(a) ? [a] : []));
}

/** The words a request's slots carry: each value as said and each canonical value entity resolution matched. */
function slotWords(request: unknown): string[] {
  const inner = isObject(request) && isObject(request['request']) ? request['request'] : {};
  const slots = isObject(inner['intent']) && isObject(inner['intent']['slots']) ? Object.values(inner['intent']['slots']) : [];
  return slots.filter(isObject).flatMap((slot) => {
    const resolved = isObject(slot['resolutions']) && Array.isArray(slot['resolutions']['resolutionsPerAuthority']) ? slot['resolutions']['resolutionsPerAuthority'] : [];
    const names = resolved.filter(isObject).flatMap((authority) =>
      (Array.isArray(authority['values']) ? authority['values'] : []).flatMap((v) => (isObject(v) && isObject(v['value']) && typeof v['value']['name'] === 'string' ? [v['value']['name']] : [])),
    );
    return [...(typeof slot['value'] === 'string' ? [slot['value']] : []), ...names];
  });
}

const spoken = (s: unknown): string => (typeof s === 'string' ? s.toLowerCase().replace(/_/g, ' ').replace(/\s+/g, ' ').trim() : '');

/** The products the offer steps ask for by name, referenceName or productId in their slots; none when they name none. */
function askedFor(entry: Entry, trace: Trace, listed: readonly Listed[]): Listed[] {
  const words = new Set(sameRun(entry, trace).flatMap((e) => slotWords(e.exchange.request)).map(spoken).filter((w) => w !== ''));
  return listed.filter((p) => [p.name, p.referenceName, p.productId].some((n) => words.has(spoken(n))));
}

/**
 * Every Buy or Upsell, wherever the skill sends it, names a product the service lists as PURCHASABLE for this
 * user; the offer steps end in one when the service lists a product the customer could buy (PURCHASABLE and not
 * ENTITLED: an owned consumable is no reason to demand an offer). When the offer steps ask for products by name,
 * only those count: a skill that declines to offer a product that is not for sale is right, whatever else the
 * catalog holds.
 */
export default skillRequirement({
  entry: {
    id: 'ISP-OFFER-PURCHASABLE',
    level: 'SHOULD',
    title: 'A purchase offer (Connections.SendRequest Buy or Upsell) names a product the service listed as PURCHASABLE for this user.',
    source: {
      page: 'In-Skill Product Service',
      section: 'Get all in-skill products',
    },
    basis: 'documented',
    quote: 'Only products with a purchasable value of PURCHASABLE should be offered to the user.',
  },
  check: {
    // Offer steps that got no response object at all are RSP-HTTP's to report, not a missing offer.
    applies: (entry) => offersOf(entry.exchange.body).length > 0 || (concludes(entry, 'offer') && isObject(entry.exchange.body)),
    problems: (entry, trace, ctx, at) => {
      const listed = listedFor(entry, trace, ctx, at);
      const offers = offersOf(entry.exchange.body);
      const wrong = offers.flatMap(({ name, productId }) => {
        const product = listed.find((p) => p.productId === productId);
        if (!product) return [`${name} names ${JSON.stringify(productId)}, which the service does not list for this user`];
        return product.purchasable === 'PURCHASABLE' ? [] : [`${name} names ${JSON.stringify(productId)}, which the service lists as ${String(product.purchasable)} for this user`];
      });
      const asked = askedFor(entry, trace, listed);
      const open = buyable(asked.length > 0 ? asked : listed);
      if (offers.length === 0 && concludes(entry, 'offer') && open > 0 && runServed(entry, trace) && sameRun(entry, trace).some(calling))
        wrong.push(`the offer steps ended without a Connections.SendRequest Buy or Upsell, though the service lists ${open} PURCHASABLE product(s) the customer does not own`);
      return each(wrong);
    },
  },
  families: ['isp'],
  notProbed: 'no response offered a product (Connections.SendRequest Buy or Upsell) and the config declares no isp.offer steps',
});
