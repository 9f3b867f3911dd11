/**
 * Provider verification of the Amazon Pay mock: whatever it is sent, its answer is valid against schemas/pay/
 * (a PayDeliveryTracker on 200, a PayError otherwise), and each rule of the page is refused with its code.
 */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import nock from 'nock';
import { arbitraryOf, invalidArbitraryOf } from '../src/generate/index.js';
import { BUNDLED_CARRIERS } from '../src/mocks/pay/carriers.js';
import { PayCore, type PayRule } from '../src/mocks/pay/core.js';
import { FAULT_ANSWERS, PAY_FAULTS } from '../src/mocks/pay/faults.js';
import { mockAmazonPay } from '../src/mocks/pay/nock.js';
import { PayService } from '../src/mocks/pay/service.js';
import { MockServer } from '../src/mocks/server.js';
import { validate } from '../src/schema/ajv.js';
import type { PayCreateDeliveryTrackerRequest } from '../src/types/index.js';

const HOST = 'https://pay-api.amazon.com';
const auth = (key: string): Record<string, string> => ({ authorization: `AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=${key}, SignedHeaders=x, Signature=y`, 'content-type': 'application/json' });

function post(core: PayCore, path: string, key: string, body: unknown): { status: number; body: unknown; broke?: PayRule } {
  const answer = core.answer({ method: 'POST', url: new URL(path, HOST), headers: auth(key), body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: answer.status, body: answer.body, ...(core.calls.at(-1)?.broke ? { broke: core.calls.at(-1)!.broke! } : {}) };
}

/** The answer is the documented shape: the tracker on 200, an error body otherwise. */
function expectValidAnswer({ status, body }: { status: number; body?: unknown }): void {
  expect(validate(status === 200 ? 'pay/delivery-tracker-response' : 'pay/error', body)).toEqual([]);
}

const CARRIER = fc.constantFrom(...BUNDLED_CARRIERS);

test.describe('provider verification', () => {
  test('every answer to a schema-valid body is valid, and a tracker echoes the request', () => {
    const core = new PayCore({ anyKey: true });
    const serial = { n: 0 };
    fc.assert(
      fc.property(arbitraryOf<PayCreateDeliveryTrackerRequest>('pay/create-delivery-tracker-request'), fc.boolean(), CARRIER, (generated, known, carrier) => {
        let body: Record<string, unknown> = generated as Record<string, unknown>;
        if (known) {
          const order = core.createTestOrder('both');
          const field = 'chargePermissionId' in body ? 'chargePermissionId' : 'amazonOrderReferenceId';
          body = { [field]: order[field], deliveryDetails: [{ carrierCode: carrier, trackingNumber: `T${++serial.n}` }] };
        }
        const answer = post(core, '/sandbox/v2/deliveryTrackers', 'AH1', body);
        expectValidAnswer(answer);
        if (known) expect(answer).toEqual({ status: 200, body });
        else expect(answer.status).toBe(400);
      }),
      { numRuns: 200 },
    );
  });

  test('every body with one constraint broken is refused 400 with a PayError', () => {
    const core = new PayCore({ anyKey: true });
    fc.assert(
      fc.property(invalidArbitraryOf('pay/create-delivery-tracker-request'), ({ value }) => {
        const answer = post(core, '/sandbox/v2/deliveryTrackers', 'AH1', value);
        expect(answer.status).toBe(400);
        expectValidAnswer(answer);
      }),
      { numRuns: 200 },
    );
  });

  test('every path, method, key and body, however wrong, gets a documented answer', () => {
    const core = new PayCore();
    const keys = [core.issueKey('sandbox'), core.issueKey('sandbox', { prefixed: true }), core.issueKey('live'), 'AHUNKNOWN', 'LIVE-AHUNKNOWN'];
    const order = core.createTestOrder();
    fc.assert(
      fc.property(
        fc.constantFrom('/sandbox/v2/deliveryTrackers', '/live/v2/deliveryTrackers/', '/v2/deliveryTrackers', '/v1/deliveryTrackers', '/sandbox/v2/deliveryTrackers/x'),
        fc.constantFrom('POST', 'GET', 'PUT'),
        fc.option(fc.constantFrom(...keys), { nil: undefined }),
        fc.oneof(fc.constant('not json'), fc.constant('[]'), fc.jsonValue().map((v) => JSON.stringify(v)), fc.constant(JSON.stringify({ chargePermissionId: order.chargePermissionId, deliveryDetails: [{ trackingNumber: 'X', carrierCode: 'UPS' }] }))),
        (path, method, key, body) => {
          const answer = core.answer({ method, url: new URL(path, HOST), headers: key ? auth(key) : {}, body });
          expectValidAnswer(answer);
          expect(core.calls.at(-1)!.status).toBe(answer.status);
          if (answer.status !== 200) expect(core.calls.at(-1)!.broke).toBeDefined();
        },
      ),
      { numRuns: 300 },
    );
  });

  test('every fault on demand is answered with its status and a PayError, and changes nothing', () => {
    for (const fault of PAY_FAULTS.filter((f) => f !== 'slow')) {
      const core = new PayCore({ anyKey: true });
      const order = core.createTestOrder();
      core.inject(fault);
      const body = { chargePermissionId: order.chargePermissionId, deliveryDetails: [{ trackingNumber: 'T1', carrierCode: 'UPS' }] };
      const answer = post(core, '/sandbox/v2/deliveryTrackers', 'AH1', body);
      expect(answer).toEqual({ status: FAULT_ANSWERS[fault].status, body: FAULT_ANSWERS[fault].body });
      expectValidAnswer(answer);
      expect(core.calls.at(-1)?.fault).toBe(fault);
      expect(order.trackers).toEqual([]);
      expect(post(core, '/sandbox/v2/deliveryTrackers', 'AH1', body).status).toBe(200);
    }
  });
});

test.describe('rules, each with its code', () => {
  const setup = (): { core: PayCore; key: string; prefixed: string; order: ReturnType<PayCore['createTestOrder']> } => {
    const core = new PayCore();
    return { core, key: core.issueKey('sandbox'), prefixed: core.issueKey('sandbox', { prefixed: true }), order: core.createTestOrder('both') };
  };
  const detail = (trackingNumber: string, carrierCode = 'UPS'): { trackingNumber: string; carrierCode: string }[] => [{ trackingNumber, carrierCode }];
  const reason = (answer: { body: unknown }): unknown => (answer.body as { reasonCode?: string }).reasonCode;

  test('the page example order, made first in the sandbox, gets a tracker on the env path and the unified one', () => {
    const { core, key, prefixed, order } = setup();
    expect(post(core, '/sandbox/v2/deliveryTrackers', key, { chargePermissionId: order.chargePermissionId, deliveryDetails: detail('1Z999AA10123456784') }).status).toBe(200);
    expect(post(core, '/v2/deliveryTrackers/', prefixed, { amazonOrderReferenceId: order.amazonOrderReferenceId, deliveryDetails: detail('1Z999AA10123456785') })).toEqual({
      status: 200,
      body: { amazonOrderReferenceId: order.amazonOrderReferenceId, deliveryDetails: detail('1Z999AA10123456785') },
    });
    expect(order.trackers.map((t) => t.trackingNumber)).toEqual(['1Z999AA10123456784', '1Z999AA10123456785']);
  });

  const cases: { name: string; send: (s: ReturnType<typeof setup>) => { status: number; body: unknown; broke?: PayRule }; status: number; reasonCode: string; broke: PayRule }[] = [
    { name: 'both order ids', send: ({ core, key, order }) => post(core, '/sandbox/v2/deliveryTrackers', key, { chargePermissionId: order.chargePermissionId, amazonOrderReferenceId: order.amazonOrderReferenceId, deliveryDetails: detail('A1') }), status: 400, reasonCode: 'InvalidParameterValue', broke: 'order-id' },
    { name: 'no order id', send: ({ core, key }) => post(core, '/sandbox/v2/deliveryTrackers', key, { deliveryDetails: detail('A1') }), status: 400, reasonCode: 'InvalidParameterValue', broke: 'order-id' },
    { name: 'an order never made in the sandbox', send: ({ core, key }) => post(core, '/sandbox/v2/deliveryTrackers', key, { chargePermissionId: 'S01-1234567-7654321', deliveryDetails: detail('A1') }), status: 400, reasonCode: 'InvalidParameterValue', broke: 'order-unknown' },
    { name: 'a sandbox order on the live path with a live key', send: ({ core, order }) => post(core, '/live/v2/deliveryTrackers', core.issueKey('live'), { chargePermissionId: order.chargePermissionId, deliveryDetails: detail('A1') }), status: 400, reasonCode: 'InvalidParameterValue', broke: 'order-unknown' },
    { name: 'a carrier not on the list', send: ({ core, key, order }) => post(core, '/sandbox/v2/deliveryTrackers', key, { chargePermissionId: order.chargePermissionId, deliveryDetails: detail('A1', 'ups') }), status: 400, reasonCode: 'InvalidParameterValue', broke: 'carrier' },
    { name: 'a flat body (the table read literally)', send: ({ core, key, order }) => post(core, '/sandbox/v2/deliveryTrackers', key, { chargePermissionId: order.chargePermissionId, trackingNumber: 'A1', carrierCode: 'UPS' }), status: 400, reasonCode: 'InvalidInputFormat', broke: 'body' },
    { name: 'a body that is not JSON', send: ({ core, key }) => post(core, '/sandbox/v2/deliveryTrackers', key, '{"chargePermissionId":'), status: 400, reasonCode: 'InvalidInputFormat', broke: 'body' },
    { name: 'a sandbox key on the live path', send: ({ core, key, order }) => post(core, '/live/v2/deliveryTrackers', key, { chargePermissionId: order.chargePermissionId, deliveryDetails: detail('A1') }), status: 401, reasonCode: 'UnauthorizedAccess', broke: 'endpoint' },
    { name: 'an unprefixed key on the unified path', send: ({ core, key, order }) => post(core, '/v2/deliveryTrackers', key, { chargePermissionId: order.chargePermissionId, deliveryDetails: detail('A1') }), status: 400, reasonCode: 'InvalidHeaderValue', broke: 'endpoint' },
    { name: 'a key the mock never issued', send: ({ core, order }) => post(core, '/sandbox/v2/deliveryTrackers', 'AHNOTISSUED', { chargePermissionId: order.chargePermissionId, deliveryDetails: detail('A1') }), status: 401, reasonCode: 'UnauthorizedAccess', broke: 'auth' },
  ];

  for (const { name, send, status, reasonCode, broke } of cases) {
    test(`${name}: ${status} ${reasonCode}`, () => {
      const s = setup();
      const answer = send(s);
      expect({ status: answer.status, reasonCode: reason(answer), broke: answer.broke }).toEqual({ status, reasonCode, broke });
      expectValidAnswer(answer);
      expect(s.order.trackers).toEqual([]);
    });
  }

  test('a tracking number is usable once: the second use is refused, in a later call or twice in one', () => {
    const { core, key, order } = setup();
    const body = { chargePermissionId: order.chargePermissionId, deliveryDetails: detail('1Z1') };
    expect(post(core, '/sandbox/v2/deliveryTrackers', key, body).status).toBe(200);
    const again = post(core, '/sandbox/v2/deliveryTrackers', key, { amazonOrderReferenceId: order.amazonOrderReferenceId, deliveryDetails: detail('1Z1', 'FEDEX') });
    expect({ status: again.status, reasonCode: reason(again), broke: again.broke }).toEqual({ status: 400, reasonCode: 'InvalidParameterValue', broke: 'tracking-reused' });
    const twice = post(core, '/sandbox/v2/deliveryTrackers', key, { chargePermissionId: order.chargePermissionId, deliveryDetails: [...detail('1Z2'), ...detail('1Z2')] });
    expect(twice.broke).toBe('tracking-reused');
    expect(order.trackers).toHaveLength(1);
  });

  test('carriers extend by config', () => {
    const core = new PayCore({ anyKey: true, carriers: ['ACME_FREIGHT'] });
    const order = core.createTestOrder();
    expect(post(core, '/sandbox/v2/deliveryTrackers', 'AH1', { chargePermissionId: order.chargePermissionId, deliveryDetails: detail('A1', 'ACME_FREIGHT') }).status).toBe(200);
  });
});

test.describe('faces', () => {
  test('the loopback service answers and records like the core', async () => {
    const core = new PayCore();
    const key = core.issueKey('sandbox');
    const order = core.createTestOrder();
    const server = new MockServer().use(new PayService(core));
    await server.start();
    try {
      const ok = await fetch(`${server.url}/sandbox/v2/deliveryTrackers/`, { method: 'POST', headers: auth(key), body: JSON.stringify({ chargePermissionId: order.chargePermissionId, deliveryDetails: detail() }) });
      expect(ok.status).toBe(200);
      const wrong = await fetch(`${server.url}/sandbox/v1/deliveryTrackers`, { method: 'POST', headers: auth(key), body: '{}' });
      expect(wrong.status).toBe(404);
      expect(validate('pay/error', await wrong.json())).toEqual([]);
      expect(core.calls.map((c) => c.broke ?? 'ok')).toEqual(['ok', 'endpoint']);
    } finally {
      await server.close();
    }
    function detail(): { trackingNumber: string; carrierCode: string }[] {
      return [{ trackingNumber: 'LOOP1', carrierCode: 'DHL' }];
    }
  });

  test('the nock face answers fetch to pay-api.amazon.com in-process, and nothing leaves the machine', async () => {
    nock.disableNetConnect();
    const pay = mockAmazonPay();
    try {
      const order = pay.createTestOrder('orderReference');
      const send = (trackingNumber: string): Promise<Response> =>
        fetch(`${HOST}/v2/deliveryTrackers`, { method: 'POST', headers: auth('SANDBOX-AHTEAMKEY'), body: JSON.stringify({ amazonOrderReferenceId: order.amazonOrderReferenceId, deliveryDetails: [{ trackingNumber, carrierCode: 'USPS' }] }) });
      expect((await send('9400111899')).status).toBe(200);
      pay.inject('503');
      expect((await send('9400111898')).status).toBe(503);
      expect(pay.calls.map((c) => c.status)).toEqual([200, 503]);
      await expect(fetch('https://pay-api.amazon.eu/v2/deliveryTrackers', { method: 'POST', body: '{}' })).rejects.toThrow();
    } finally {
      pay.restore();
      nock.enableNetConnect();
    }
  });
});
