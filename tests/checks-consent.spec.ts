/** SHOP-CONSENT, SHOP-DECLINE and SHOP-ATTRIBUTION on hand-built traces: each case names the ids that must fire (and so, that the others do not). */
import { expect, test } from '@playwright/test';
import type { Check, CheckContext, Entry, EntryMeta, Role, Trace } from '../src/checks/types.js';
import { CHECKS } from '../src/requirements/registry.js';

const checkOf = (id: string): Check => {
  const check = CHECKS.find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return check;
};
const consentChecks = ['SHOP-CONSENT', 'SHOP-DECLINE', 'SHOP-ATTRIBUTION'].map(checkOf);
const shopDirective = checkOf('SHOP-DIRECTIVE');

const MEMBER: CheckContext = { timeoutMs: 8000, declaredTasks: new Set(), associates: true };
const NOT_MEMBER: CheckContext = { timeoutMs: 8000, declaredTasks: new Set() };

const launch = (extra: Record<string, unknown> = {}) => ({ type: 'LaunchRequest', ...extra });
const intent = (name: string) => ({ type: 'IntentRequest', intent: { name, confirmationStatus: 'NONE', slots: {} } });

const cartDirective = (product: Record<string, unknown> = { asin: 'B0000000A1' }) => ({
  type: 'Connections.StartConnection',
  uri: 'connection://AMAZON.AddToShoppingCart/1',
  input: { products: [product] },
  token: 't',
});
const listDirective = (product: Record<string, unknown> = { asin: 'B0000000A1' }) => ({
  type: 'Connections.StartConnection',
  uri: 'connection://AMAZON.AddToList/1',
  input: { products: [product], listType: 'WISHLIST' },
  token: 't',
});
const recommendDirective = (input: Record<string, unknown>) => ({
  type: 'Connections.StartConnection',
  uri: 'connection://AMAZON.RecommendShoppingProducts/1',
  input,
  token: 't',
  onCompletion: 'SEND_ERRORS_ONLY',
});
const ATTRIBUTION = { associateId: 'yogagear.associate', trackingId: 'yogagear-20' };

const answer = (response: Record<string, unknown>) => ({ version: '1.0', response });
const says = (text: string, more: Record<string, unknown> = {}) => answer({ outputSpeech: { type: 'PlainText', text }, ...more });
const handsOver = (directive: Record<string, unknown>) =>
  answer({ outputSpeech: { type: 'SSML', ssml: '<speak></speak>' }, directives: [directive] });

function entry(request: Record<string, unknown>, body: unknown, meta: EntryMeta = {}, role: Role = 'consent'): Entry {
  return {
    label: 'case',
    role,
    exchange: { request: { version: '1.0', request: { ...request, requestId: 'r', locale: 'en-US' } }, status: 200, body, bytes: 10, ms: 5, outbound: [] },
    meta,
  };
}

/** The ids the consent checks, and SHOP-DIRECTIVE (whose schema errors may be routed to them), fire on one entry. */
function fired(e: Entry, ctx: CheckContext = NOT_MEMBER): string[] {
  const trace: Trace = { family: 'consent', caseId: 'consent:fresh', entries: [e] };
  return [shopDirective, ...consentChecks].filter((c) => c.applies(e, trace, ctx) && c.problems(e, trace, ctx, 0).length > 0).map((c) => c.id);
}

/** The ids whose check judges the entry at all (its probes). */
function judged(e: Entry, ctx: CheckContext = NOT_MEMBER): string[] {
  const trace: Trace = { family: 'consent', caseId: 'consent:fresh', entries: [e] };
  return consentChecks.filter((c) => c.applies(e, trace, ctx)).map((c) => c.id);
}

const DECLINES = { task: 'AddToShoppingCart', declines: 'AddToShoppingCart' } as const;

const cases: { name: string; entry: () => Entry; ctx?: CheckContext; fires: string[] }[] = [
  // SHOP-CONSENT
  { name: 'a launch that welcomes', entry: () => entry(launch(), says('Welcome to Yoga Gear Shop.')), fires: [] },
  { name: 'a launch that recommends at once', entry: () => entry(launch(), handsOver(recommendDirective({ products: [{ asin: 'B0000000A1' }] }))), fires: ['SHOP-CONSENT'] },
  { name: 'a launch from another skill naming a task', entry: () => entry(launch({ task: { name: 'AMAZON.BuyShoppingProducts', version: '1' } }), handsOver(cartDirective())), fires: [] },
  ...['AMAZON.NoIntent', 'AMAZON.CancelIntent', 'AMAZON.StopIntent', 'AMAZON.HelpIntent', 'AMAZON.FallbackIntent'].map((name) => ({
    name: `${name} answered with a cart hand-over`,
    entry: () => entry(intent(name), handsOver(cartDirective())),
    fires: ['SHOP-CONSENT'],
  })),
  { name: 'AMAZON.HelpIntent answered with help', entry: () => entry(intent('AMAZON.HelpIntent'), says('I can add a yoga mat to your cart.')), fires: [] },
  { name: 'AMAZON.StopIntent with a goodbye', entry: () => entry(intent('AMAZON.StopIntent'), says('Goodbye.', { shouldEndSession: true })), fires: [] },
  { name: 'AMAZON.YesIntent that hands over (consent given)', entry: () => entry(intent('AMAZON.YesIntent'), handsOver(cartDirective()), {}, 'handover'), fires: [] },
  { name: 'a StartConnection misspelt as another task still counts', entry: () => entry(intent('AMAZON.CancelIntent'), handsOver({ ...cartDirective(), uri: 'connection://AMAZON.AddToShopingCart/1' })), fires: ['SHOP-CONSENT'] },
  // SHOP-DECLINE
  { name: 'a decline answered kindly, session open', entry: () => entry(intent('AMAZON.NoIntent'), says("That's alright. What next?", { reprompt: { outputSpeech: { type: 'PlainText', text: 'What next?' } } }), DECLINES), fires: [] },
  { name: 'a decline answered with a goodbye that ends the session', entry: () => entry(intent('AMAZON.NoIntent'), says('No problem. Goodbye.', { shouldEndSession: true }), DECLINES), fires: [] },
  { name: 'a decline answered with an audio clip', entry: () => entry(intent('AMAZON.NoIntent'), answer({ outputSpeech: { type: 'SSML', ssml: '<speak><audio src="https://example.com/ok.mp3"/></speak>' } }), DECLINES), fires: [] },
  { name: 'a decline that ends the session in silence', entry: () => entry(intent('AMAZON.NoIntent'), answer({ shouldEndSession: true }), DECLINES), fires: ['SHOP-DECLINE'] },
  { name: 'a decline answered with empty speech, session open', entry: () => entry(intent('AMAZON.NoIntent'), answer({ outputSpeech: { type: 'SSML', ssml: '<speak> </speak>' } }), DECLINES), fires: ['SHOP-DECLINE'] },
  {
    name: 'a decline answered with an in-skill upsell',
    entry: () => entry(intent('AMAZON.NoIntent'), says('How about premium tips?', { directives: [{ type: 'Connections.SendRequest', name: 'Upsell', payload: {}, token: 't' }] }), DECLINES),
    fires: ['SHOP-DECLINE'],
  },
  { name: 'a decline that hands over anyway is SHOP-CONSENT only', entry: () => entry(intent('AMAZON.NoIntent'), handsOver(cartDirective()), DECLINES), fires: ['SHOP-CONSENT'] },
  { name: 'a silent NoIntent that declines nothing configured', entry: () => entry(intent('AMAZON.NoIntent'), answer({ shouldEndSession: true })), fires: [] },
  // SHOP-ATTRIBUTION
  { name: 'a member attributes a cart product', entry: () => entry(intent('AMAZON.YesIntent'), handsOver(cartDirective({ asin: 'B0000000A1', attribution: ATTRIBUTION })), {}, 'handover'), ctx: MEMBER, fires: [] },
  { name: 'a non-member attributes a cart product', entry: () => entry(intent('AMAZON.YesIntent'), handsOver(cartDirective({ asin: 'B0000000A1', attribution: ATTRIBUTION })), {}, 'handover'), fires: ['SHOP-ATTRIBUTION'] },
  { name: 'a non-member without attribution', entry: () => entry(intent('AMAZON.YesIntent'), handsOver(cartDirective()), {}, 'handover'), fires: [] },
  { name: 'a member attributes an AddToList product', entry: () => entry(intent('WishListIntent'), handsOver(listDirective({ asin: 'B0000000A1', attribution: ATTRIBUTION })), {}, 'handover'), ctx: MEMBER, fires: ['SHOP-ATTRIBUTION'] },
  { name: 'a member recommends with attribution on input', entry: () => entry(intent('RecommendIntent'), handsOver(recommendDirective({ products: [{ asin: 'B0000000A1' }], attribution: ATTRIBUTION })), {}, 'handover'), ctx: MEMBER, fires: [] },
  {
    name: 'a member recommends with attribution on each product',
    entry: () => entry(intent('RecommendIntent'), handsOver(recommendDirective({ products: [{ asin: 'B0000000A1', attribution: ATTRIBUTION }] })), {}, 'handover'),
    ctx: MEMBER,
    fires: ['SHOP-ATTRIBUTION'],
  },
  {
    name: 'a member attributes AddToList on input (the schema error, routed here)',
    entry: () => entry(intent('WishListIntent'), handsOver({ ...listDirective(), input: { products: [{ asin: 'B0000000A1' }], listType: 'WISHLIST', attribution: ATTRIBUTION } }), {}, 'handover'),
    ctx: MEMBER,
    fires: ['SHOP-ATTRIBUTION'],
  },
  {
    name: 'a member attributes a cart on input instead of the product (routed here)',
    entry: () => entry(intent('AMAZON.YesIntent'), handsOver({ ...cartDirective(), input: { products: [{ asin: 'B0000000A1' }], attribution: ATTRIBUTION } }), {}, 'handover'),
    ctx: MEMBER,
    fires: ['SHOP-ATTRIBUTION'],
  },
  {
    name: 'another unknown input property stays SHOP-DIRECTIVE',
    entry: () => entry(intent('AMAZON.YesIntent'), handsOver({ ...cartDirective(), input: { products: [{ asin: 'B0000000A1' }], quantity: 2 } }), {}, 'handover'),
    ctx: MEMBER,
    fires: ['SHOP-DIRECTIVE'],
  },
  {
    name: 'an attribution without associateId stays SHOP-DIRECTIVE for a member',
    entry: () => entry(intent('AMAZON.YesIntent'), handsOver(cartDirective({ asin: 'B0000000A1', attribution: { trackingId: 'yogagear-20' } })), {}, 'handover'),
    ctx: MEMBER,
    fires: ['SHOP-DIRECTIVE'],
  },
];

for (const c of cases) {
  test(c.name, () => {
    expect(fired(c.entry(), c.ctx)).toEqual(c.fires);
  });
}

test('SHOP-DECLINE judges only the decline probe, and leaves a hand-over there to SHOP-CONSENT', () => {
  expect(judged(entry(intent('AMAZON.NoIntent'), says('Okay.'), DECLINES))).toEqual(['SHOP-CONSENT', 'SHOP-DECLINE']);
  expect(judged(entry(intent('AMAZON.NoIntent'), handsOver(cartDirective()), DECLINES))).toEqual(['SHOP-CONSENT', 'SHOP-ATTRIBUTION']);
  expect(judged(entry(intent('AMAZON.NoIntent'), says('Okay.')))).toEqual(['SHOP-CONSENT']);
});

test('an answer that is no response object is left to RSP-HTTP', () => {
  expect(judged(entry(intent('AMAZON.NoIntent'), null, DECLINES))).toEqual([]);
  expect(judged(entry(launch(), '<html>'))).toEqual([]);
});

test('the messages say what was asked, what was started and why', () => {
  const ctx = MEMBER;
  const trace = (e: Entry): Trace => ({ family: 'consent', caseId: 'consent:fresh', entries: [e] });
  const [consent, decline, attribution] = consentChecks;
  const help = entry(intent('AMAZON.HelpIntent'), handsOver(cartDirective()));
  expect(consent?.problems(help, trace(help), ctx, 0).map((p) => p.message)).toEqual([
    'AMAZON.HelpIntent was answered with a StartConnection to AddToShoppingCart (directive 0): the customer gave no consent to shop',
  ]);
  const silent = entry(intent('AMAZON.NoIntent'), answer({ shouldEndSession: true }), DECLINES);
  expect(decline?.problems(silent, trace(silent), ctx, 0).map((p) => p.message)).toEqual([
    'AMAZON.NoIntent in place of the confirmation of AddToShoppingCart got no speech and the session ended in silence: a declined offer is answered in words',
  ]);
  const list = entry(intent('WishListIntent'), handsOver(listDirective({ asin: 'B0000000A1', attribution: ATTRIBUTION })), {}, 'handover');
  expect(attribution?.problems(list, trace(list), NOT_MEMBER, 0).map((p) => p.message)).toEqual([
    'AddToList directive 0: attribution on products[0]: the config does not mark the skill as an Associates member (associates: true); AddToList takes no attribution',
  ]);
  const onInput = entry(intent('WishListIntent'), handsOver({ ...listDirective(), input: { products: [{ asin: 'B0000000A1' }], listType: 'WISHLIST', attribution: ATTRIBUTION } }), {}, 'handover');
  expect(attribution?.problems(onInput, trace(onInput), ctx, 0).map((p) => p.message)).toEqual([
    'AddToList directive 0: /input must NOT have additional properties (attribution): the page places no attribution there',
  ]);
});
