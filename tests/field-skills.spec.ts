/**
 * The field skills (fixtures/skills/field/) answer as their teams meant: these tests drive each one with
 * requests as Alexa fills them (resolved slots, the skill's own catalog) and hold the behaviour the corpus
 * runs rely on, so that a clean corpus run means the suite, not a broken fixture, was right.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import nock from 'nock';
import type { RequestEnvelope, services } from 'ask-sdk-model';
import { handler as giftIdeas } from '../fixtures/skills/field/gift-ideas/index.js';
import { handler as nightSky } from '../fixtures/skills/field/night-sky/index.js';
import { handler as roastery } from '../fixtures/skills/field/roastery/index.js';
import { handler as trailOutfitters } from '../fixtures/skills/field/trail-outfitters/index.js';
import { packageRoot } from '../src/schema/paths.js';
import { connectionCompleted, exceptionEncounteredRequest, intentRequest, sessionResumedRequest } from './helpers/envelopes.js';
import { mockProducts } from './helpers/isp.js';
import { ask, directivesOf, speakText, speechOf } from './helpers/responses.js';

type InSkillProduct = services.monetization.InSkillProduct;

/** The envelope with its slot resolved as Alexa resolves it: a match with canonical id and name, or no match. */
function resolved(envelope: RequestEnvelope, slot: string, match: { id?: string; name: string } | undefined): RequestEnvelope {
  const request = envelope.request as { intent?: { slots?: Record<string, Record<string, unknown>> } };
  const target = request.intent?.slots?.[slot];
  if (!target) throw new Error(`no slot ${slot}`);
  const authority = 'amzn1.er-authority.echo-sdk.amzn1.ask.skill.test.Type';
  target['resolutions'] = {
    resolutionsPerAuthority: [
      match
        ? { authority, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: match.name, ...(match.id ? { id: match.id } : {}) } }] }
        : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' } },
    ],
  };
  return envelope;
}

const startConnection = (answer: Awaited<ReturnType<typeof ask>>): Record<string, unknown> | undefined =>
  directivesOf(answer).find((d) => d.type === 'Connections.StartConnection') as Record<string, unknown> | undefined;

test.describe('trail-outfitters (cart and buy, resolved ids, persistence adapter)', () => {
  test('a synonym resolved to its id hands that gear over; the raw words alone do not', async () => {
    const cart = await ask(trailOutfitters, resolved(intentRequest('AddToCartIntent', { gear: 'backpacking tent' }), 'gear', { id: 'TENT', name: 'tent' }));
    expect(startConnection(cart)).toMatchObject({ uri: 'connection://AMAZON.AddToShoppingCart/1', input: { products: [{ asin: 'B07PQXG3Z1' }] } });
    expect('shouldEndSession' in cart.response).toBe(false);
    const bare = await ask(trailOutfitters, intentRequest('AddToCartIntent', { gear: 'backpacking tent' }));
    expect(startConnection(bare)).toBeUndefined();
    expect(speakText(speechOf(bare))).toContain("don't carry");
  });

  test('the resume in a fresh session tells failure from success and keeps quiet about the result', async () => {
    const bought = await ask(trailOutfitters, resolved(intentRequest('BuyIntent', { gear: 'head torch' }, { locale: 'en-GB' }), 'gear', { id: 'HEADLAMP', name: 'head torch' }));
    const token = startConnection(bought)?.['token'] as string;
    expect(token).toMatch(/^BuyShoppingProducts:HEADLAMP:/);
    const ok = await ask(trailOutfitters, sessionResumedRequest(connectionCompleted(token, '200'), { newSession: true, attributes: {} }));
    const failed = await ask(
      trailOutfitters,
      sessionResumedRequest(connectionCompleted(token, '200', { code: 'AlexaShopping.NoOffersFound', message: 'We did not find any matches for your request.' }), {
        newSession: true,
        attributes: {},
      }),
    );
    expect(speakText(speechOf(ok))).toContain('All set');
    expect(speakText(speechOf(failed))).toContain('anything else');
    expect(speakText(speechOf(failed))).not.toContain('All set');
    expect(speakText(speechOf(failed))).not.toContain('matches');
  });
});

test.describe('roastery (synonyms in the model, canonical values in the handlers)', () => {
  test('"ristretto" resolves to espresso and goes on the wish list in both locales', async () => {
    for (const [locale, asin] of [['en-US', 'B00ESPR3S0'], ['de-DE', 'B00ESPRDE1']] as const) {
      const answer = await ask(roastery, resolved(intentRequest('WishListIntent', { roast: 'ristretto' }, { locale }), 'roast', { name: 'espresso' }));
      expect(startConnection(answer)).toMatchObject({ uri: 'connection://AMAZON.AddToList/1', input: { products: [{ asin }], listType: 'WISHLIST' } });
    }
  });

  test('a synonym without its resolution, or a value that matched nothing, is not a roast it knows', async () => {
    for (const request of [intentRequest('WishListIntent', { roast: 'ristretto' }), resolved(intentRequest('WishListIntent', { roast: 'mocha' }), 'roast', undefined)]) {
      const answer = await ask(roastery, request);
      expect(startConnection(answer)).toBeUndefined();
      expect(speakText(speechOf(answer))).toContain("don't have that roast");
    }
  });
});

test.describe('night-sky (premium gated by referenceName on its own four products)', () => {
  const catalog = JSON.parse(readFileSync(join(packageRoot(), 'fixtures', 'skills', 'field', 'night-sky', 'catalog.json'), 'utf8')) as InSkillProduct[];
  const owning = (referenceName: string): InSkillProduct[] =>
    catalog.map((p) => (p.referenceName === referenceName ? { ...p, entitled: 'ENTITLED', purchasable: 'NOT_PURCHASABLE', entitlementReason: 'PURCHASED', activeEntitlementCount: 1 } : p));
  test.afterEach(() => nock.cleanAll());

  test('the premium fact needs deep_sky_pack or star_club; otherwise an Upsell of the pack, and never maxResults', async () => {
    for (const owned of ['deep_sky_pack', 'star_club']) {
      const seen = mockProducts(owning(owned));
      const answer = await ask(nightSky, intentRequest('SpaceFactIntent'));
      expect(speakText(speechOf(answer))).toContain('Andromeda');
      expect(seen[0]?.query['maxResults']).toBeUndefined();
    }
    mockProducts(owning('planets_pack'));
    const offered = await ask(nightSky, intentRequest('SpaceFactIntent'));
    expect(directivesOf(offered)[0]).toMatchObject({ type: 'Connections.SendRequest', name: 'Upsell', payload: { InSkillProduct: { productId: catalog[0]?.productId } } });
  });

  test('a pack that is not for sale is not offered', async () => {
    mockProducts(catalog.map((p) => (p.referenceName === 'deep_sky_pack' ? { ...p, purchasable: 'NOT_PURCHASABLE' } : p)));
    const answer = await ask(nightSky, intentRequest('SpaceFactIntent'));
    expect(directivesOf(answer)).toEqual([]);
    expect(speakText(speechOf(answer))).toContain('free fact');
  });

  test('the product the customer names is found by its resolved id, the reference name', async () => {
    mockProducts(catalog);
    const answer = await ask(nightSky, resolved(intentRequest('BuyProductIntent', { product: 'galaxy pack' }), 'product', { id: 'deep_sky_pack', name: 'deep sky pack' }));
    expect(directivesOf(answer)[0]).toMatchObject({ name: 'Buy', payload: { InSkillProduct: { productId: catalog[0]?.productId } } });
  });
});

test.describe('gift-ideas (recommend only, SEND_ERRORS_ONLY)', () => {
  test('hands over RecommendShoppingProducts errors-only and answers a connection failure with an empty response', async () => {
    const answer = await ask(giftIdeas, intentRequest('GiftIdeasIntent'));
    expect(startConnection(answer)).toMatchObject({ uri: 'connection://AMAZON.RecommendShoppingProducts/1', onCompletion: 'SEND_ERRORS_ONLY' });
    const failure = await ask(giftIdeas, exceptionEncounteredRequest('INTERNAL_SERVICE_ERROR'));
    expect(failure.response).toEqual({});
  });
});
