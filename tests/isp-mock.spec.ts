/**
 * Provider verification of the In-Skill Product Service mock against its Amazon page: every answer
 * validates against schemas/isp, the filters are exact, paging returns each product once, the errors are
 * the page's, and both faces (the loopback MockServer, nock) serve the same core.
 */
import { expect, test } from '@playwright/test';
import { DefaultApiClient } from 'ask-sdk-core';
import { services } from 'ask-sdk-model';
import fc from 'fast-check';
import nock from 'nock';
import { buyable, catalogArbitrary, entitleAll, largeCatalog, notForSale, purchased, sampleCatalog, withEntitlement } from '../src/mocks/isp/catalog.js';
import { IspCore, type IspSetup } from '../src/mocks/isp/core.js';
import { FAULTS, SLOW_MS } from '../src/mocks/isp/faults.js';
import { PRODUCTS_PATH } from '../src/mocks/isp/paths.js';
import { IspService } from '../src/mocks/isp/service.js';
import { MockServer } from '../src/mocks/server.js';
import { mockInSkillProducts } from '../src/index.js';
import { validate } from '../src/schema/ajv.js';
import type { InSkillProduct, InSkillProductsQuery, InSkillProductsResponse } from '../src/types/index.js';

const HOST = 'https://api.amazonalexa.com';
const TOKEN = 'probe-token';
const HEADERS = { authorization: `Bearer ${TOKEN}`, 'accept-language': 'en-US' };

type Filters = Pick<InSkillProductsQuery, 'purchasable' | 'entitled' | 'productType'>;

const filtersArbitrary: fc.Arbitrary<Filters> = fc.record(
  {
    purchasable: fc.constantFrom('PURCHASABLE', 'NOT_PURCHASABLE'),
    entitled: fc.constantFrom('ENTITLED', 'NOT_ENTITLED'),
    productType: fc.constantFrom('CONSUMABLE', 'SUBSCRIPTION', 'ENTITLEMENT'),
  },
  { requiredKeys: [] },
);

function ask(core: IspCore, path: string, query: Record<string, string | undefined> = {}, headers: Record<string, string> = HEADERS) {
  const url = new URL(path, HOST);
  for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, v);
  return core.answer({ method: 'GET', url, headers });
}

/** Every page of a listing, following nextToken as a skill should; each page checked against the schema. */
function listAll(core: IspCore, query: Record<string, string | undefined>): InSkillProduct[] {
  const products: InSkillProduct[] = [];
  let nextToken: string | undefined;
  for (let pages = 0; pages < 200; pages++) {
    const answer = ask(core, PRODUCTS_PATH, { ...query, nextToken });
    expect(answer.status).toBe(200);
    expect(validate('isp/in-skill-products-response', answer.body)).toEqual([]);
    const page = answer.body as InSkillProductsResponse;
    products.push(...page.inSkillProducts);
    if (!page.isTruncated) return products;
    nextToken = page.nextToken;
  }
  throw new Error('the listing never ended');
}

const coreWith = (setup: IspSetup): IspCore => {
  const core = new IspCore();
  core.register(TOKEN, setup);
  return core;
};

test.describe('provider verification', () => {
  test('generated catalogs keep the page invariants, entitled or not', () => {
    fc.assert(
      fc.property(catalogArbitrary(), fc.constantFrom('ENTITLED', 'NOT_ENTITLED' as const), (catalog, entitled) => {
        for (const product of [...catalog, ...entitleAll(catalog, entitled)]) expect(validate('isp/in-skill-product', product)).toEqual([]);
        expect(new Set(catalog.map((p) => p.productId)).size).toBe(catalog.length);
      }),
      { numRuns: 60 },
    );
  });

  test('paging through any catalog with any maxResults returns each product exactly once, in order', () => {
    fc.assert(
      fc.property(catalogArbitrary({ maxLength: 30 }), fc.option(fc.integer({ min: 1, max: 100 })), fc.integer({ min: 1, max: 100 }), (catalog, maxResults, pageSize) => {
        const listed = listAll(coreWith({ catalog, pageSize }), { maxResults: maxResults === null ? undefined : String(maxResults) });
        expect(listed.map((p) => p.productId)).toEqual(catalog.map((p) => p.productId));
      }),
      { numRuns: 100 },
    );
  });

  test('filters are exact: a listing holds every matching product and nothing else', () => {
    fc.assert(
      fc.property(catalogArbitrary({ maxLength: 20 }), filtersArbitrary, fc.integer({ min: 1, max: 5 }), (catalog, filters, pageSize) => {
        const listed = listAll(coreWith({ catalog, pageSize }), { ...filters });
        const expected = catalog.filter(
          (p) =>
            (filters.purchasable === undefined || p.purchasable === filters.purchasable) &&
            (filters.entitled === undefined || p.entitled === filters.entitled) &&
            (filters.productType === undefined || p.type === filters.productType),
        );
        expect(listed).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });

  test('a page never holds more than maxResults products, nor more than the page size', () => {
    fc.assert(
      fc.property(catalogArbitrary({ maxLength: 20 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 6 }), (catalog, maxResults, pageSize) => {
        const page = ask(coreWith({ catalog, pageSize }), PRODUCTS_PATH, { maxResults: String(maxResults) }).body as InSkillProductsResponse;
        expect(page.inSkillProducts.length).toBeLessThanOrEqual(Math.min(maxResults, pageSize));
        expect(page.isTruncated).toBe(catalog.length > Math.min(maxResults, pageSize));
      }),
      { numRuns: 60 },
    );
  });

  test('without a page size the service truncates only when more products match than maxResults (default 100)', () => {
    fc.assert(
      fc.property(catalogArbitrary({ minLength: 1, maxLength: 6 }), fc.integer({ min: 95, max: 130 }), fc.option(fc.integer({ min: 1, max: 100 })), (base, size, maxResults) => {
        const catalog = largeCatalog(base, size);
        const limit = maxResults ?? 100;
        const page = ask(coreWith({ catalog }), PRODUCTS_PATH, maxResults === null ? {} : { maxResults: String(maxResults) }).body as InSkillProductsResponse;
        expect(page.inSkillProducts).toHaveLength(Math.min(limit, size));
        expect(page.isTruncated).toBe(size > limit);
        expect(listAll(coreWith({ catalog }), {}).map((p) => p.productId)).toEqual(catalog.map((p) => p.productId));
        for (const product of catalog) expect(validate('isp/in-skill-product', product)).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });

  test('a catalog of four products without maxResults comes in one page', () => {
    const page = ask(coreWith({ catalog: [...sampleCatalog(), { ...sampleCatalog()[0]!, productId: 'amzn1.adg.product.four' }] }), PRODUCTS_PATH).body as InSkillProductsResponse;
    expect(page.inSkillProducts).toHaveLength(4);
    expect(page.isTruncated).toBe(false);
  });

  test('products stay in states the service can hold: owned one-time purchases and subscriptions are NOT_PURCHASABLE, consumables count units', () => {
    fc.assert(
      fc.property(catalogArbitrary({ maxLength: 10 }), (catalog) => {
        const views = [catalog, entitleAll(catalog, 'ENTITLED'), entitleAll(catalog, 'NOT_ENTITLED'), notForSale(catalog), catalog.map(purchased)];
        for (const view of views)
          for (const p of view) {
            expect(validate('isp/in-skill-product', p)).toEqual([]);
            if (p.type !== 'CONSUMABLE' && p.entitled === 'ENTITLED') expect(p.purchasable).toBe('NOT_PURCHASABLE');
          }
        catalog.forEach((p, i) => {
          const bought = purchased(p);
          if (p.type === 'CONSUMABLE') {
            expect(bought.purchasable).toBe(p.purchasable);
            expect(bought.activeEntitlementCount).toBe(p.entitled === 'ENTITLED' ? p.activeEntitlementCount + 1 : 1);
          } else expect(bought).toMatchObject({ entitled: 'ENTITLED', purchasable: 'NOT_PURCHASABLE', activeEntitlementCount: 1 });
          expect(notForSale(catalog)[i]!.purchasable === 'PURCHASABLE').toBe(p.entitled === 'ENTITLED' && p.purchasable === 'PURCHASABLE');
        });
        expect(buyable(notForSale(catalog))).toBe(0);
      }),
      { numRuns: 60 },
    );
    const subscription = sampleCatalog()[1]!;
    expect(withEntitlement(subscription, 'NOT_ENTITLED')).toMatchObject({ entitled: 'NOT_ENTITLED', purchasable: 'PURCHASABLE', activeEntitlementCount: 0 });
  });

  test('each product is served by its id, an unknown id is 404, and both validate', () => {
    fc.assert(
      fc.property(catalogArbitrary({ minLength: 1, maxLength: 8 }), (catalog) => {
        const core = coreWith({ catalog });
        for (const product of catalog) {
          const answer = ask(core, `${PRODUCTS_PATH}/${encodeURIComponent(product.productId)}`);
          expect(answer.status).toBe(200);
          expect(validate('isp/in-skill-product', answer.body)).toEqual([]);
          expect(answer.body).toEqual(product);
        }
        const missing = ask(core, `${PRODUCTS_PATH}/amzn1.adg.product.not-in-this-skill`);
        expect(missing.status).toBe(404);
        expect(validate('isp/error', missing.body)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  test('any query the schema rejects is a 400 that validates as IspError', () => {
    const core = coreWith({ catalog: sampleCatalog() });
    const bad: Record<string, string>[] = [
      { maxResults: '0' },
      { maxResults: '101' },
      { maxResults: '500' },
      { maxResults: '1.5' },
      { maxResults: 'ten' },
      { purchasable: 'NON_PURCHASABLE' },
      { entitled: 'yes' },
      { productType: 'SUBSCRIPTIONS' },
      { sort: 'name' },
      { nextToken: 'not-one-the-service-issued' },
    ];
    for (const query of bad) {
      const answer = ask(core, PRODUCTS_PATH, query);
      expect(answer.status, JSON.stringify(query)).toBe(400);
      expect(validate('isp/error', answer.body)).toEqual([]);
    }
  });

  test('a nextToken continues only the listing and the caller it was issued to', () => {
    const core = new IspCore();
    core.register(TOKEN, { catalog: sampleCatalog(), pageSize: 1 });
    core.register('other-probe', { catalog: sampleCatalog(), pageSize: 1 });
    const first = ask(core, PRODUCTS_PATH).body as InSkillProductsResponse;
    expect(first.isTruncated).toBe(true);
    const nextToken = first.nextToken ?? '';
    expect(ask(core, PRODUCTS_PATH, { nextToken }).status).toBe(200);
    expect(ask(core, PRODUCTS_PATH, { nextToken, purchasable: 'PURCHASABLE' }).status).toBe(400);
    expect(ask(core, PRODUCTS_PATH, { nextToken }, { ...HEADERS, authorization: 'Bearer other-probe' }).status).toBe(400);
  });

  test('Accept-Language is required, and the bearer token must be the caller\'s: 400 and 401 as IspError', () => {
    const core = coreWith({ catalog: sampleCatalog() });
    const cases: [Record<string, string>, number][] = [
      [{ authorization: `Bearer ${TOKEN}` }, 400],
      [{ authorization: `Bearer ${TOKEN}`, 'accept-language': ' ' }, 400],
      [{ 'accept-language': 'en-US' }, 401],
      [{ authorization: 'Bearer someone-else', 'accept-language': 'en-US' }, 401],
      [{ authorization: TOKEN, 'accept-language': 'en-US' }, 401],
    ];
    for (const [headers, status] of cases) {
      for (const path of [PRODUCTS_PATH, `${PRODUCTS_PATH}/amzn1.adg.product.unique-id-1`]) {
        const answer = ask(core, path, {}, headers);
        expect(answer.status, JSON.stringify(headers)).toBe(status);
        expect(validate('isp/error', answer.body)).toEqual([]);
      }
    }
  });

  test('each fault is answered on demand: the error statuses as IspError, slow as the right answer, late', () => {
    for (const fault of FAULTS) {
      const answer = ask(coreWith({ catalog: sampleCatalog(), fault }), PRODUCTS_PATH);
      expect(answer.fault).toBe(fault);
      if (fault === 'slow') {
        expect(answer.status).toBe(200);
        expect(answer.delayMs).toBe(SLOW_MS);
        expect(validate('isp/in-skill-products-response', answer.body)).toEqual([]);
      } else {
        expect(answer.status).toBe(Number(fault));
        expect(validate('isp/error', answer.body)).toEqual([]);
      }
    }
  });
});

test.describe('on the loopback MockServer', () => {
  test('ask-sdk\'s MonetizationServiceClient pages through a probe\'s catalog, and every call is filed under the probe', async () => {
    const core = new IspCore();
    const server = new MockServer().use(new IspService(core));
    const apiEndpoint = await server.start();
    try {
      const [catalog] = fc.sample(catalogArbitrary({ minLength: 7, maxLength: 7 }), { seed: 5, numRuns: 1 });
      core.register(TOKEN, { catalog: catalog ?? [], pageSize: 3 });
      server.expect(TOKEN);
      const client = new services.monetization.MonetizationServiceClient({ apiClient: new DefaultApiClient(), apiEndpoint, authorizationValue: TOKEN });
      const ids: string[] = [];
      let nextToken: string | undefined;
      do {
        const page = await client.getInSkillProducts('en-US', undefined, undefined, undefined, nextToken);
        ids.push(...(page.inSkillProducts ?? []).map((p) => p.productId ?? ''));
        nextToken = page.isTruncated ? page.nextToken : undefined;
      } while (nextToken);
      expect(ids).toEqual((catalog ?? []).map((p) => p.productId));
      const calls = server.take(TOKEN);
      expect(calls.map((c) => c.status)).toEqual([200, 200, 200]);
      for (const call of calls) expect(validate('isp/in-skill-products-response', call.answer)).toEqual([]);
    } finally {
      await server.close();
    }
  });

  test('a probe token with no catalog of its own gets the sample; a stranger gets 401', async () => {
    const server = new MockServer().use(new IspService(new IspCore({ fallback: { catalog: sampleCatalog() } })));
    await server.start();
    try {
      // The probe names a lane of the server as its apiEndpoint (Prober.send).
      const url = await server.lane('launch-probe');
      const known = await fetch(`${url}${PRODUCTS_PATH}`, { headers: { authorization: 'Bearer launch-probe', 'accept-language': 'en-US' } });
      expect(known.status).toBe(200);
      expect(((await known.json()) as InSkillProductsResponse).inSkillProducts).toHaveLength(3);
      const stranger = await fetch(`${url}${PRODUCTS_PATH}`, { headers: { authorization: 'Bearer stranger', 'accept-language': 'en-US' } });
      expect(stranger.status).toBe(401);
      // A call with the wrong token made on the probe's lane is that probe's, so ISP-AUTH can judge it.
      expect(server.take('launch-probe').map((c) => c.status)).toEqual([200, 401]);
    } finally {
      await server.close();
    }
  });
});

test.describe('as nock interceptors (mockInSkillProducts)', () => {
  test.beforeEach(() => {
    nock.disableNetConnect();
  });
  test.afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  const clientFor = (token: string, apiEndpoint = HOST) =>
    new services.monetization.MonetizationServiceClient({ apiClient: new DefaultApiClient(), apiEndpoint, authorizationValue: token });

  test('serves a team\'s catalog in pages to ask-sdk\'s client, records each call, and stops on restore', async () => {
    const catalog = sampleCatalog();
    const isp = mockInSkillProducts({ catalog, pageSize: 2 });
    const client = clientFor('any-token');
    const first = await client.getInSkillProducts('de-DE');
    expect(first.isTruncated).toBe(true);
    const second = await client.getInSkillProducts('de-DE', undefined, undefined, undefined, first.nextToken);
    expect([...(first.inSkillProducts ?? []), ...(second.inSkillProducts ?? [])]).toEqual(catalog);
    const one = await client.getInSkillProduct('de-DE', 'amzn1.adg.product.unique-id-3');
    expect(one.activeEntitlementCount).toBe(2);
    expect(isp.calls.map((c) => [c.status, c.headers['accept-language'], c.headers['authorization']])).toEqual([
      [200, 'de-DE', 'Bearer any-token'],
      [200, 'de-DE', 'Bearer any-token'],
      [200, 'de-DE', 'Bearer any-token'],
    ]);
    isp.restore();
    await expect(client.getInSkillProducts('de-DE')).rejects.toThrow();
  });

  test('with a token, other tokens get 401; with a fault, every call gets it; on another host, only that host', async () => {
    const isp = mockInSkillProducts({ token: 'the-token', host: 'https://api.eu.amazonalexa.com' });
    await expect(clientFor('other', 'https://api.eu.amazonalexa.com').getInSkillProducts('en-GB')).rejects.toMatchObject({ name: 'ServiceError', statusCode: 401 });
    expect((await clientFor('the-token', 'https://api.eu.amazonalexa.com').getInSkillProducts('en-GB')).inSkillProducts).toHaveLength(3);
    await expect(clientFor('the-token').getInSkillProducts('en-GB')).rejects.toThrow(/Nock|Disallowed|NetConnect/i);
    isp.restore();
    const failing = mockInSkillProducts({ fault: '500' });
    await expect(clientFor('t').getInSkillProducts('en-US')).rejects.toMatchObject({ statusCode: 500 });
    expect(failing.calls[0]?.fault).toBe('500');
    failing.restore();
  });

  test('a slow fault holds the answer back by delayMs', async () => {
    const isp = mockInSkillProducts({ fault: 'slow', delayMs: 300 });
    const started = performance.now();
    const page = await clientFor('t').getInSkillProducts('en-US');
    expect(performance.now() - started).toBeGreaterThanOrEqual(280);
    expect(page.inSkillProducts).toHaveLength(3);
    isp.restore();
  });

  test('register() gives one token a catalog of its own', async () => {
    const isp = mockInSkillProducts();
    isp.register('premium-user', { catalog: entitleAll(sampleCatalog(), 'ENTITLED') });
    const owned = await clientFor('premium-user').getInSkillProducts('en-US');
    expect(owned.inSkillProducts?.every((p) => p.entitled === 'ENTITLED')).toBe(true);
    const other = await clientFor('anyone').getInSkillProducts('en-US');
    expect(other.inSkillProducts?.[0]?.entitled).toBe('NOT_ENTITLED');
    isp.restore();
  });
});
