/**
 * Provider verification of the Buy with Prime mock: every answer is valid against schemas/bwp/ (a DeliveryPreview,
 * a ValidationException with a code of the schema), every rule of the page is refused with its exact code, and
 * shoppers racing for the last units never get more orders than there are units.
 */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import nock from 'nock';
import { arbitraryOf } from '../src/generate/index.js';
import { BwpCore } from '../src/mocks/bwp/core.js';
import { mockBuyWithPrime } from '../src/mocks/bwp/nock.js';
import { BwpService } from '../src/mocks/bwp/service.js';
import type { BwpStore, DeliveryStatus, ExecutionState } from '../src/mocks/bwp/store.js';
import { MockServer } from '../src/mocks/server.js';
import { validate } from '../src/schema/ajv.js';
import type { BwpCreateOrderInput, BwpDeliveryPreview, BwpDeliveryPreviewInput } from '../src/types/index.js';

const URL_ = new URL('https://api.buywithprime.amazon.com/graphql');
const PREVIEW = `query($input: DeliveryPreviewInput!) { deliveryPreview(input: $input) { id deliveryGroups { id items { itemIdentifier { __typename value } amount { unit value } } deliveryOffers { id date { earliest latest } expiresAt price policy } } shopperIdentity { shopperId } } }`;
const CREATE = `mutation($input: CreateOrderInput!) { createOrder(input: $input) { order { id executionState deliveryInformation { deliveryStatus } aliases { aliasType aliasId } lineItems { id quantity { amount } purchasedItem { title itemId { __typename value } } } createdAt } } }`;
const UPDATE = `mutation($input: UpdateOrderInput!) { updateOrder(input: $input) { order { id executionState aliases { aliasId } } } }`;
const ORDER = `query($id: ID!) { order(orderId: $id) { id executionState deliveryInformation { deliveryStatus } } }`;

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { errorType?: string; code?: string; details?: Record<string, unknown> } }[];
}

async function gql(core: BwpCore, store: BwpStore, query: string, variables: Record<string, unknown>): Promise<Answer> {
  const answer = await core.answer({ method: 'POST', url: URL_, headers: { authorization: `Bearer ${store.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: answer.status, ...(answer.body as Omit<Answer, 'status'>) };
}

/** Every ValidationException the mock answers is a BwpValidationException. */
function expectValidErrors(answer: Answer): void {
  for (const error of answer.errors ?? []) {
    expect(typeof error.message).toBe('string');
    if (error.extensions?.errorType !== 'ValidationException' || error.extensions.code === 'BAD_USER_INPUT') continue;
    expect(validate('bwp/validation-exception', { code: error.extensions.code, message: error.message, ...(error.extensions.details ? { details: error.extensions.details } : {}) })).toEqual([]);
  }
}

const codeOf = (answer: Answer): string | undefined => answer.errors?.[0]?.extensions?.code ?? (answer.errors ? 'error' : undefined);

const INT_MAX = 2 ** 31 - 1;
const ADDRESS = { name: 'Jane Doe', streetAddress: '440 Terry Ave N', locality: 'Seattle', region: 'WA', countryCode: 'US', postalCode: '98109' };

interface Flow {
  core: BwpCore;
  store: BwpStore;
  shopper: { idPToken: string };
  preview: BwpDeliveryPreview;
  input: BwpCreateOrderInput;
}

/** A store, a shopper's preview of a cart across two groups with an address, and the createOrder input that matches it. */
async function flow(quantities: [number, number] = [2, 1], offerPick = 1): Promise<Flow> {
  const core = new BwpCore();
  const store = core.openStore();
  store.stock('SKU-A', 10, 'A');
  store.stock('SKU-B', 10, 'B');
  const shopper = store.shopper();
  const items = [
    { itemIdentifier: { SKU: 'SKU-A' }, amount: { unit: 'UNIT', value: quantities[0] } },
    { itemIdentifier: { SKU: 'SKU-B' }, amount: { value: quantities[1] } },
  ];
  const answer = await gql(core, store, PREVIEW, { input: { items, terms: { location: { shippingAddress: ADDRESS } }, shopperIdentity: { identityProvider: 'LWA', idPToken: shopper.idPToken } } });
  const preview = answer.data?.['deliveryPreview'] as BwpDeliveryPreview;
  const lineItems = preview.deliveryGroups.flatMap((g) =>
    g.items.map((i) => ({
      purchasedItem: { itemId: { SKU: i.itemIdentifier.value }, title: i.itemIdentifier.value, price: { currentPrice: { amount: 10, currencyCode: 'USD' } } },
      quantity: { amount: i.amount.value },
      selectedDeliveryOffer: { details: { deliveryProvider: 'BUY_WITH_PRIME' as const, id: g.deliveryOffers[offerPick % g.deliveryOffers.length]!.id, deliveryPreviewId: preview.id } },
    })),
  );
  const input: BwpCreateOrderInput = { lineItems, customer: { contact: { name: 'Jane Doe' } }, recipient: { deliveryAddress: { ...ADDRESS, contactNumber: '206-555-0100' } }, shopperIdentity: { idPToken: shopper.idPToken }, orderAliases: [{ aliasType: 'EXTERNAL_ID', aliasId: 'SO-1' }] };
  return { core, store, shopper, preview, input };
}

test.describe('provider verification', () => {
  test('every deliveryPreview answer to a schema-valid input is a valid BwpDeliveryPreview', async () => {
    const core = new BwpCore({ anyToken: true });
    // GraphQL's Int is 32 bits where the schema's integer is unbounded: quantities are brought into its range here,
    // and the next test shows what the API makes of one beyond it.
    const inRange = arbitraryOf<BwpDeliveryPreviewInput>('bwp/delivery-preview-input').map((input) => ({
      ...input,
      items: input.items.map((i) => ({ ...i, amount: { ...i.amount, value: (i.amount.value % INT_MAX) || 1 } })),
    }));
    await fc.assert(
      fc.asyncProperty(inRange, async (input) => {
        const answer = await gql(core, core.defaultStore, PREVIEW, { input });
        expect(answer.errors).toBeUndefined();
        const preview = answer.data?.['deliveryPreview'] as BwpDeliveryPreview;
        expect(validate('bwp/delivery-preview', preview)).toEqual([]);
        expect(preview.deliveryGroups.flatMap((g) => g.items).length).toBe(input.items.length);
      }),
      { numRuns: 150 },
    );
  });

  test('a quantity beyond GraphQL\'s 32-bit Int is a request error, recorded as the client\'s', async () => {
    const core = new BwpCore({ anyToken: true });
    const answer = await gql(core, core.defaultStore, PREVIEW, { input: { items: [{ itemIdentifier: { SKU: 'X' }, amount: { value: INT_MAX + 1 } }] } });
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.message).toContain('32-bit');
    expect(core.calls.at(-1)?.broke).toBe('input');
  });

  test('every createOrder answer to a schema-valid input is an order or a valid ValidationException', async () => {
    const core = new BwpCore({ anyToken: true });
    await fc.assert(
      fc.asyncProperty(arbitraryOf<BwpCreateOrderInput>('bwp/create-order-input'), async (input) => {
        const answer = await gql(core, core.defaultStore, CREATE, { input });
        expectValidErrors(answer);
        expect(answer.errors !== undefined || answer.data?.['createOrder'] !== undefined).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test('a matching order is created, echoes its aliases and lines, and the order query finds it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })), fc.nat(), async (quantities, pick) => {
        const { core, store, input } = await flow(quantities, pick);
        const answer = await gql(core, store, CREATE, { input });
        expect(answer.errors).toBeUndefined();
        const order = (answer.data?.['createOrder'] as { order: { id: string; executionState: string; aliases: unknown[]; lineItems: { quantity: { amount: number } }[] } }).order;
        expect(order.executionState).toBe('NOT_STARTED');
        expect(order.aliases).toEqual([{ aliasType: 'EXTERNAL_ID', aliasId: 'SO-1' }]);
        expect(order.lineItems.map((l) => l.quantity.amount).sort()).toEqual([...quantities].sort());
        expect((await gql(core, store, ORDER, { id: order.id })).data?.['order']).toEqual({ id: order.id, executionState: 'NOT_STARTED', deliveryInformation: { deliveryStatus: 'PENDING' } });
        expect(store.item('SKU:SKU-A').stock).toBe(10 - quantities[0]);
      }),
      { numRuns: 30 },
    );
  });
});

type Break = (f: Flow) => BwpCreateOrderInput | Promise<BwpCreateOrderInput>;
const line = (f: Flow, at: number, change: (l: BwpCreateOrderInput['lineItems'][number]) => object): BwpCreateOrderInput => ({
  ...f.input,
  lineItems: f.input.lineItems.map((l, i) => (i === at ? { ...l, ...change(l) } : l)),
});
const details = (l: BwpCreateOrderInput['lineItems'][number]): Record<string, unknown> => l.selectedDeliveryOffer.details as unknown as Record<string, unknown>;

/** The page's preview rules, each broken alone, with the code it must answer. */
const BREAKS: Record<string, Break> = {
  ItemIdentifierMismatch: (f) => line(f, 0, (l) => ({ purchasedItem: { ...l.purchasedItem, itemId: { ID: 'SKU-A' } } })),
  QuantityMismatch: (f) => line(f, 0, (l) => ({ quantity: { amount: l.quantity.amount + 1 } })),
  DeliveryPreviewIdMismatch: (f) => line(f, 1, (l) => ({ selectedDeliveryOffer: { details: { ...details(l), deliveryPreviewId: f.preview.deliveryGroups[0]!.id } } })),
  DeliveryOfferIdMismatch: (f) => line(f, 1, (l) => ({ selectedDeliveryOffer: { details: { ...details(l), id: f.preview.deliveryGroups[0]!.deliveryOffers[0]!.id } } })),
  AddressMismatch: (f) => ({ ...f.input, recipient: { deliveryAddress: { ...ADDRESS, postalCode: '98121' } } }),
  ShopperIdMismatch: (f) => ({ ...f.input, shopperIdentity: { idPToken: f.store.shopper().idPToken } }),
  AliasLimitExceeded: (f) => ({ ...f.input, orderAliases: [1, 2, 3].map((n) => ({ aliasId: `A${n}` })), aliases: [4, 5, 6].map((n) => ({ aliasId: `A${n}` })) }),
  AliasValueAlreadyExists: async (f) => {
    f.store.seedOrder({ aliases: [{ aliasType: 'EXTERNAL_ID', aliasId: 'SO-1' }] });
    return f.input;
  },
  ItemOutOfStock: (f) => {
    f.store.stock('SKU-B', 0);
    return f.input;
  },
  SelectedQuantityNotAvailable: (f) => {
    f.store.stock('SKU-A', 1);
    return f.input;
  },
};

test.describe('createOrder rules, each with its exact code', () => {
  for (const [code, broken] of Object.entries(BREAKS)) {
    test(`${code}`, async () => {
      const f = await flow([2, 1]);
      const stock = f.store.item('SKU:SKU-A').stock;
      const answer = await gql(f.core, f.store, CREATE, { input: await broken(f) });
      expect(codeOf(answer)).toBe(code);
      expect(answer.errors?.[0]?.extensions?.errorType).toBe('ValidationException');
      expectValidErrors(answer);
      expect(f.store.orders.size - [...f.store.orders.values()].filter((o) => o.lineItems.length === 0).length).toBe(0);
      if (code !== 'SelectedQuantityNotAvailable') expect(f.store.item('SKU:SKU-A').stock).toBe(stock);
      // the same input, put right, goes through: the rule, and only the rule, refused it
      expect(codeOf(await gql(f.core, f.store, CREATE, { input: { ...f.input, orderAliases: [{ aliasId: 'SO-2' }] } }))).toBe(code === 'ItemOutOfStock' || code === 'SelectedQuantityNotAvailable' ? code : undefined);
    });
  }

  test('a price as a string is a GraphQL input error, not an order', async () => {
    const f = await flow();
    const answer = await gql(f.core, f.store, CREATE, { input: line(f, 0, (l) => ({ purchasedItem: { ...l.purchasedItem, price: { currentPrice: { amount: '10.00', currencyCode: 'USD' } } } })) });
    expect(answer.status).toBe(400);
    expect(answer.data).toBeUndefined();
    expect(f.core.calls.at(-1)?.broke).toBe('input');
  });

  test('aliases on updateOrder count with the order\'s own: a sixth is refused, a known one of another order too', async () => {
    const f = await flow();
    const order = (await gql(f.core, f.store, CREATE, { input: f.input })).data?.['createOrder'] as { order: { id: string } };
    const other = f.store.seedOrder({ aliases: [{ aliasId: 'TAKEN' }] });
    expect(codeOf(await gql(f.core, f.store, UPDATE, { input: { orderId: order.order.id, aliases: [{ aliasId: 'TAKEN' }] } }))).toBe('AliasValueAlreadyExists');
    expect(codeOf(await gql(f.core, f.store, UPDATE, { input: { orderId: order.order.id, aliases: [2, 3, 4, 5].map((n) => ({ aliasId: `U${n}` })) } }))).toBeUndefined();
    expect(codeOf(await gql(f.core, f.store, UPDATE, { input: { orderId: order.order.id, aliases: [{ aliasId: 'U6' }] } }))).toBe('AliasLimitExceeded');
    expect(other.aliases).toHaveLength(1);
  });
});

test.describe('execution state transitions', () => {
  const table: [ExecutionState, DeliveryStatus, ExecutionState, string | undefined][] = [
    ['NOT_STARTED', 'PENDING', 'STARTED', undefined],
    ['NOT_STARTED', 'PENDING', 'NOT_STARTED', undefined],
    ['STARTED', 'PENDING', 'STARTED', undefined],
    ['STARTED', 'PENDING', 'NOT_STARTED', 'InvalidOrderExecutionState'],
    ['STARTED', 'IN_TRANSIT', 'NOT_STARTED', 'InvalidOrderExecutionState'],
    ['STARTED', 'IN_TRANSIT', 'STARTED', 'ExecutionAlreadyStarted'],
    ['STARTED', 'CANCELLED', 'STARTED', 'ExecutionCannotBeStartedDueToCancellation'],
    ['NOT_STARTED', 'CANCELLED', 'STARTED', 'ExecutionCannotBeStartedDueToCancellation'],
  ];
  for (const [executionState, deliveryStatus, desired, code] of table) {
    test(`${executionState} ${deliveryStatus} -> ${desired}: ${code ?? 'ok'}`, async () => {
      const core = new BwpCore();
      const store = core.openStore();
      const order = store.seedOrder({ executionState, deliveryStatus });
      const answer = await gql(core, store, UPDATE, { input: { orderId: order.id, desiredExecutionState: desired } });
      expect(codeOf(answer)).toBe(code);
      expectValidErrors(answer);
      expect(order.executionState).toBe(code ? executionState : desired);
    });
  }
});

test.describe('inventory races', () => {
  test('shoppers racing for the last units over HTTP: exactly as many orders as units, the rest told why (on repeat)', async () => {
    const core = new BwpCore({ latencyMs: 3 });
    const server = new MockServer().use(new BwpService(core));
    await server.start();
    try {
      const rounds = fc.sample(fc.record({ units: fc.integer({ min: 1, max: 3 }), extra: fc.integer({ min: 1, max: 4 }) }), { seed: 42, numRuns: 25 });
      for (const [round, { units, extra }] of rounds.entries()) {
        const store = core.openStore();
        const sku = `LAST-${round}`;
        store.stock(sku, units);
        const post = async (query: string, variables: Record<string, unknown>): Promise<Answer> => {
          const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { authorization: `Bearer ${store.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
          return (await response.json()) as Answer;
        };
        const inputs = [];
        for (let i = 0; i < units + extra; i++) {
          const shopper = store.shopper();
          const preview = (await post(PREVIEW, { input: { items: [{ itemIdentifier: { SKU: sku }, amount: { value: 1 } }], shopperIdentity: { idPToken: shopper.idPToken } } })).data?.['deliveryPreview'] as BwpDeliveryPreview;
          const group = preview.deliveryGroups[0]!;
          inputs.push({
            lineItems: [{ purchasedItem: { itemId: { SKU: sku }, title: sku, price: { currentPrice: { amount: 5, currencyCode: 'USD' } } }, quantity: { amount: 1 }, selectedDeliveryOffer: { details: { deliveryProvider: 'BUY_WITH_PRIME', id: group.deliveryOffers[0]!.id, deliveryPreviewId: preview.id } } }],
            customer: {},
            shopperIdentity: { idPToken: shopper.idPToken },
          });
        }
        const answers = await Promise.all(inputs.map((input) => post(CREATE, { input })));
        const codes = answers.map(codeOf);
        expect(codes.filter((c) => c === undefined), `round ${round}: ${units} units, ${units + extra} shoppers`).toHaveLength(units);
        expect(codes.filter((c) => c !== undefined).every((c) => c === 'ItemOutOfStock' || c === 'SelectedQuantityNotAvailable')).toBe(true);
        expect(store.item(`SKU:${sku}`).stock).toBe(0);
        expect(store.orders.size).toBe(units);
      }
    } finally {
      await server.close();
    }
  });
});

test.describe('faces and request rules', () => {
  test('requests the API refuses are answered and recorded with the rule broken', async () => {
    const core = new BwpCore();
    const store = core.openStore();
    const send = (path: string, method: string, headers: Record<string, string>, body: string): Promise<unknown> => core.answer({ method, url: new URL(path, URL_), headers, body });
    const bearer = { authorization: `Bearer ${store.token}` };
    await send('/graphql', 'POST', {}, '{"query":"{ __typename }"}');
    await send('/graphql', 'POST', { authorization: 'Bearer not-issued' }, '{"query":"{ __typename }"}');
    await send('/v1/graphql', 'POST', bearer, '{"query":"{ __typename }"}');
    await send('/graphql', 'GET', bearer, '');
    await send('/graphql', 'POST', bearer, '{"query":"{ nope }"}');
    await send('/graphql', 'POST', bearer, 'not json');
    await send('/graphql', 'POST', bearer, '{"query":"{ __typename }"}');
    expect(core.calls.map((c) => [c.status, c.broke ?? 'ok'])).toEqual([
      [401, 'auth'],
      [403, 'auth'],
      [404, 'endpoint'],
      [405, 'endpoint'],
      [400, 'input'],
      [400, 'input'],
      [200, 'ok'],
    ]);
  });

  test('faults on demand hit the calls of the field named, with their status', async () => {
    const f = await flow();
    f.store.inject('503', { field: 'createOrder' });
    expect((await gql(f.core, f.store, ORDER, { id: 'x' })).status).toBe(200);
    const failed = await gql(f.core, f.store, CREATE, { input: f.input });
    expect([failed.status, failed.errors?.[0]?.extensions?.errorType]).toEqual([503, 'ServiceUnavailableException']);
    expect(f.store.orders.size).toBe(0);
    expect((await gql(f.core, f.store, CREATE, { input: f.input })).status).toBe(200);
  });

  test('the nock face serves fetch to api.buywithprime.amazon.com in-process, and nothing leaves the machine', async () => {
    nock.disableNetConnect();
    const bwp = mockBuyWithPrime();
    try {
      bwp.store.stock('example-sku-1', 0);
      const response = await fetch(URL_, {
        method: 'POST',
        headers: { authorization: 'Bearer team-token', 'content-type': 'application/json' },
        body: JSON.stringify({ query: PREVIEW, variables: { input: { items: [{ itemIdentifier: { SKU: 'example-sku-1' }, amount: { value: 1 } }] } } }),
      });
      expect(validate('bwp/delivery-preview', ((await response.json()) as Answer).data?.['deliveryPreview'])).toEqual([]);
      expect(bwp.calls.flatMap((c) => c.operations.map((o) => o.code ?? 'ok'))).toEqual(['ok']);
      await expect(fetch('https://api.buywithprime.amazon.com/v2/other', { method: 'POST' })).rejects.toThrow();
    } finally {
      bwp.restore();
      nock.enableNetConnect();
    }
  });
});
