/** The ISP checks on hand-built traces: each case names the ids that must fire (and so, that nothing else does). */
import { expect, test } from '@playwright/test';
import type { CheckContext, Entry } from '../src/checks/types.js';
import { PRODUCTS_PATH } from '../src/mocks/isp/paths.js';
import { CHECKS } from '../src/requirements/registry.js';
import { asking, call, CATALOG, gate, ispEntry, ispTrace, LISTED, offer, OPEN, page, premiumAt, speech, ssmlAnswer, TOKEN, uses } from './helpers/isp-traces.js';

const CTX: CheckContext = { timeoutMs: 8000, declaredTasks: new Set() };

/** The ids the ISP checks fire on a trace. */
function fired(entries: Entry[], ctx: CheckContext = CTX): string[] {
  const trace = ispTrace(entries);
  const ids = new Set<string>();
  for (const check of CHECKS.filter((c) => c.id.startsWith('ISP-')))
    entries.forEach((e, at) => {
      if (check.applies(e, trace, ctx) && check.problems(e, trace, ctx, at).length > 0) ids.add(check.id);
    });
  return [...ids].sort();
}

const cases: { name: string; entries: () => Entry[]; fires: string[]; ctx?: CheckContext }[] = [
  { name: 'a listing as the page asks', entries: () => [ispEntry([call()], speech('You can buy things.'), {})], fires: [] },
  { name: 'a call blocked on a hard-coded host', entries: () => [ispEntry([{ method: 'GET', url: `https://api.amazonalexa.com${PRODUCTS_PATH}`, headers: {}, blocked: true }], speech('Sorry.'), {})], fires: ['ISP-ENDPOINT'] },
  { name: 'list steps that never call the service', entries: () => [ispEntry([], speech('You can buy premium tips.'), {})], fires: ['ISP-ENDPOINT'] },
  { name: 'list steps that never call while the service fails', entries: () => [ispEntry([], speech('Sorry.'), { fault: '500' })], fires: [] },
  { name: 'no Authorization header', entries: () => [ispEntry([call('', { headers: { 'accept-language': 'en-US' }, status: 401 })])], fires: ['ISP-AUTH'] },
  { name: 'another bearer token', entries: () => [ispEntry([call('', { headers: { authorization: 'Bearer stale', 'accept-language': 'en-US' }, status: 401 })])], fires: ['ISP-AUTH'] },
  { name: 'Accept-Language of another locale', entries: () => [ispEntry([call('', { headers: { authorization: `Bearer ${TOKEN}`, 'accept-language': 'en-GB' } })])], fires: ['ISP-LANGUAGE'] },
  { name: 'Accept-Language led by the locale, then a fallback', entries: () => [ispEntry([call('', { headers: { authorization: `Bearer ${TOKEN}`, 'accept-language': 'en-US,en;q=0.9' } })])], fires: [] },
  { name: 'Accept-Language de-DE for an en-US request', entries: () => [ispEntry([call('', { headers: { authorization: `Bearer ${TOKEN}`, 'accept-language': 'de-DE' } })])], fires: ['ISP-LANGUAGE'] },
  { name: 'Accept-Language with the locale only second', entries: () => [ispEntry([call('', { headers: { authorization: `Bearer ${TOKEN}`, 'accept-language': 'de-DE, en-US;q=0.5' } })])], fires: ['ISP-LANGUAGE'] },
  { name: 'Accept-Language in other letter case', entries: () => [ispEntry([call('', { headers: { authorization: `Bearer ${TOKEN}`, 'accept-language': 'en-us' } })])], fires: [] },
  { name: 'maxResults 500', entries: () => [ispEntry([call('?maxResults=500', { status: 400 })])], fires: ['ISP-QUERY'] },
  { name: 'a nextToken never received', entries: () => [ispEntry([call('?nextToken=made-up')])], fires: ['ISP-QUERY'] },
  {
    name: 'a nextToken received in an earlier step',
    entries: () => [ispEntry([call('', { answer: page('tok') })], speech('One.'), { last: false }), ispEntry([call('?nextToken=tok')], speech('Two.'), { step: 1 })],
    fires: [],
  },
  { name: 'a truncated page never followed', entries: () => [ispEntry([call('', { answer: page('tok') })])], fires: ['ISP-PAGINATION'] },
  { name: 'a truncated page followed', entries: () => [ispEntry([call('', { answer: page('tok') }), call('?nextToken=tok')])], fires: [] },
  { name: 'a truncated page that arrived too late to follow (slow)', entries: () => [ispEntry([call('', { answer: page('tok'), fault: 'slow' })], speech('Sorry.'), { fault: 'slow' })], fires: [] },
  { name: 'a Buy of a NOT_PURCHASABLE product', entries: () => [ispEntry([call()], offer('Buy', CATALOG[0]!.productId), { flow: 'offer' })], fires: ['ISP-OFFER-PURCHASABLE'] },
  { name: 'an Upsell of a product the service does not list', entries: () => [ispEntry([call()], offer('Upsell', 'amzn1.adg.product.other'), { flow: 'offer' })], fires: ['ISP-OFFER-PURCHASABLE'] },
  { name: 'a Buy of a PURCHASABLE product', entries: () => [ispEntry([call()], offer('Buy', CATALOG[2]!.productId), { flow: 'offer' })], fires: [] },
  { name: 'offer steps that end without an offer', entries: () => [ispEntry([call()], speech('Maybe later.'), { flow: 'offer', catalog: OPEN })], fires: ['ISP-OFFER-PURCHASABLE'] },
  {
    name: 'offer steps asking by name for a product not for sale, ending without an offer, while another is for sale',
    entries: () => [asking(ispEntry([call()], speech("That one is not available."), { flow: "offer", catalog: OPEN }), CATALOG[1]!.referenceName.replace(/_/g, " "))],
    fires: [],
  },
  {
    name: 'offer steps asking by resolved name for a product for sale, ending without an offer',
    entries: () => [asking(ispEntry([call()], speech('Maybe later.'), { flow: 'offer', catalog: OPEN }), 'that one', OPEN[0]!.referenceName)],
    fires: ['ISP-OFFER-PURCHASABLE'],
  },
  { name: 'offer steps without an offer when the only PURCHASABLE product is a consumable the customer holds', entries: () => [ispEntry([call()], speech('You have all there is.'), { flow: 'offer' })], fires: [] },
  { name: 'an Upsell of a subscription the customer owns, in the premium steps', entries: () => [ispEntry([call()], offer('Upsell', CATALOG[1]!.productId), premiumAt(0, 'ENTITLED'))], fires: ['ISP-OFFER-PURCHASABLE'] },
  {
    name: 'a Buy at launch of a product the run\'s catalog holds NOT_PURCHASABLE',
    entries: () => [{ ...ispEntry([], offer('Buy', CATALOG[0]!.productId)), role: 'launch' }],
    ctx: { ...CTX, products: CATALOG },
    fires: ['ISP-OFFER-PURCHASABLE'],
  },
  {
    name: 'an Upsell at launch of a product the run\'s catalog does not hold',
    entries: () => [{ ...ispEntry([], offer('Upsell', 'amzn1.adg.product.other')), role: 'launch' }],
    ctx: { ...CTX, products: CATALOG },
    fires: ['ISP-OFFER-PURCHASABLE'],
  },
  {
    name: 'a Buy at launch of a product the run\'s catalog holds PURCHASABLE',
    entries: () => [{ ...ispEntry([], offer('Buy', CATALOG[2]!.productId)), role: 'launch' }],
    ctx: { ...CTX, products: CATALOG },
    fires: [],
  },
  { name: 'offer steps without an offer after a failed listing', entries: () => [ispEntry([call('', { status: 401 })], speech('Sorry.'), { flow: 'offer' })], fires: [] },
  { name: 'a crash while the service fails', entries: () => [ispEntry([call('', { status: 500, fault: '500' })], undefined, { fault: '500' }, { status: undefined, error: 'the handler threw' })], fires: ['ISP-FAULTS'] },
  { name: 'premium answered the same either way', entries: () => gate(['Premium tip.', 'Premium tip.', 'Premium tip.'], [speech('Premium tip.')]), fires: ['ISP-PREMIUM-GATE'] },
  { name: 'premium gated', entries: () => gate(['Premium tip.', 'Premium tip.', 'Premium tip.'], [speech('Free tip.'), speech('Free tip.')]), fires: [] },
  {
    name: 'a random fact whatever the entitlement, the two sides differing on the first runs only',
    entries: () => gate(['Fact one.', 'Fact two.', 'Fact one.'], [speech('Fact three.'), speech('Fact two.')]),
    fires: ['ISP-PREMIUM-GATE'],
  },
  {
    name: 'not entitled, the premium answer, but with an offer of the product',
    entries: () => gate(['Premium tip.', 'Premium tip.', 'Premium tip.'], [{ ...offer('Upsell', OPEN[0]!.productId), response: { ...offer('Upsell', OPEN[0]!.productId).response, outputSpeech: { type: 'PlainText', text: 'Premium tip.' } } }]),
    fires: [],
  },
  { name: 'a listing that names only what is for sale', entries: () => [ispEntry([call()], speech('You can buy Premium Tips.'), { catalog: LISTED })], fires: [] },
  { name: 'a listing that names a product not for sale', entries: () => [ispEntry([call()], speech('You can buy Premium Tips or Tips Archive.'), { catalog: LISTED })], fires: ['ISP-LIST-PURCHASABLE'] },
  {
    name: 'a listing that names it in the card only',
    entries: () => [ispEntry([call()], { version: '1.0', response: { outputSpeech: { type: 'PlainText', text: 'Here is what you can buy.' }, card: { type: 'Simple', title: 'Shop', content: 'tips archive' } } }, { catalog: LISTED })],
    fires: ['ISP-LIST-PURCHASABLE'],
  },
  { name: 'a listing that says an owned product is owned', entries: () => [ispEntry([call()], speech('You can buy Premium Tips. You already have Breathing Basics.'), { catalog: LISTED })], fires: [] },
  { name: 'a not-for-sale name inside a for-sale one', entries: () => [ispEntry([call()], speech('You can buy Premium Tips Archive.'), { catalog: [...LISTED, { ...LISTED[0]!, productId: 'p.4', name: 'Premium Tips Archive' }] })], fires: [] },
  { name: 'a listing while the service fails says what it likes', entries: () => [ispEntry([call('', { status: 500, fault: '500' })], speech('Tips Archive, maybe later.'), { catalog: LISTED, fault: '500' })], fires: [] },
  { name: 'a purchase result answered with empty speech, session open', entries: () => [ispEntry([], ssmlAnswer('<speak></speak>', false), { flow: 'response', name: 'Buy', purchaseResult: 'ACCEPTED' })], fires: ['ISP-RESPONSE-SPEAKS'] },
  { name: 'a purchase result answered with empty speech, session ended', entries: () => [ispEntry([], ssmlAnswer('<speak></speak>', true), { flow: 'response', name: 'Cancel', purchaseResult: 'ACCEPTED' })], fires: [] },
  { name: 'a purchase result answered with a sound only', entries: () => [ispEntry([], ssmlAnswer('<speak><audio src="https://example.com/chime.mp3"/></speak>', false), { flow: 'response', name: 'Upsell', purchaseResult: 'DECLINED' })], fires: [] },
  { name: 'a purchase result answered with words', entries: () => [ispEntry([], speech('Thanks. What next?'), { flow: 'response', name: 'Buy', purchaseResult: 'ERROR' })], fires: [] },
  { name: 'a consumable used again past its units, answered as before', entries: () => uses(['Here is your class.', 'Here is your class.'], speech('Here is your class.')), fires: ['ISP-CONSUME-UNITS'] },
  { name: 'a consumable counted down, then refused', entries: () => uses(['Class. One left.', 'Class. None left.'], speech('You have no classes left.')), fires: [] },
  { name: 'a consumable counted down, then offered again', entries: () => uses(['Class.', 'Class.'], offer('Buy', CATALOG[2]!.productId)), fires: [] },
  { name: 'a use past the units while the listing failed is not judged', entries: () => [...uses(['Class.'], speech('Class.')).slice(0, 1), ispEntry([call('', { status: 401 })], speech('Class.'), { flow: 'consume', run: 1, allowedAt: [0] })], fires: [] },
  { name: 'a Connections.Response that crashes', entries: () => [ispEntry([], undefined, { flow: 'response', name: 'Buy', purchaseResult: 'DECLINED' }, { status: 500 })], fires: ['ISP-RESPONSE-HANDLED'] },
];

for (const c of cases) {
  test(`${c.name}: ${c.fires.join(', ') || 'nothing'} fires`, () => {
    expect(fired(c.entries(), c.ctx)).toEqual(c.fires);
  });
}
