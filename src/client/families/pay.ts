import fc from 'fast-check';
import type { PayOrder, PayOrderKind } from '../../mocks/pay/core.js';
import { PAY_FAULTS } from '../../mocks/pay/faults.js';
import type { DeliveryTrackerInput, PayOrderRef, Shipment } from '../adapter.js';
import { family, type FamilyRun } from '../family.js';
import { shipments } from '../inputs.js';
import { recordCase, runSteps, type StepPlan } from '../step.js';

const KINDS: readonly PayOrderKind[] = ['chargePermission', 'orderReference', 'both'];

const refOf = (order: PayOrder): PayOrderRef => ({
  ...(order.chargePermissionId ? { chargePermissionId: order.chargePermissionId } : {}),
  ...(order.amazonOrderReferenceId ? { amazonOrderReferenceId: order.amazonOrderReferenceId } : {}),
});

/** Track shipments of an order: resolved means Amazon Pay holds a tracker for every tracking number. */
function track(order: PayOrder, shipped: Shipment[]): StepPlan {
  const input: DeliveryTrackerInput = { order: refOf(order), shipments: shipped };
  return { op: 'createDeliveryTracker', input, effect: () => shipped.every((s) => order.trackers.some((t) => t.trackingNumber === s.trackingNumber)) };
}

const carriers = (codes: readonly string[], min: number, max: number): fc.Arbitrary<string[]> => fc.array(fc.constantFrom(...codes), { minLength: min, maxLength: max });

/**
 * The page's sandbox test: a test order made first (by Charge Permission, Order Reference, or both for a
 * migrated order), then its shipments tracked, and later a second batch for the same order.
 */
export const payShip = family({
  name: 'pay/ship',
  needs: ['createDeliveryTracker'],
  parameters: (codes) => fc.record({ kind: fc.constantFrom(...KINDS), first: carriers(codes, 1, 3), later: carriers(codes, 1, 2) }),
  run: ({ kind, first, later }, index, { adapter, env, serial, timeoutMs }: FamilyRun) =>
    recordCase(env, 'pay/ship', index, { kind }, async (c, base) => {
      const order = env.pay.createTestOrder(kind);
      await runSteps(adapter, env, c, base, [track(order, shipments(first, serial))], timeoutMs);
      await runSteps(adapter, env, c, base, [track(order, shipments(later, serial))], timeoutMs);
    }),
});

/** An error on demand (each documented 400, throttling, a server error): it must reach the caller. */
export const payFault = family({
  name: 'pay/fault',
  needs: ['createDeliveryTracker'],
  parameters: (codes) => fc.record({ kind: fc.constantFrom(...KINDS), fault: fc.constantFrom(...PAY_FAULTS.filter((f) => f !== 'slow')), shipped: carriers(codes, 1, 2) }),
  run: ({ kind, fault, shipped }, index, { adapter, env, serial, timeoutMs }: FamilyRun) =>
    recordCase(env, 'pay/fault', index, { kind, fault }, async (c, base) => {
      const order = env.pay.createTestOrder(kind);
      env.pay.inject(fault);
      await runSteps(adapter, env, c, base, [track(order, shipments(shipped, serial))], timeoutMs);
    }),
});

/**
 * A slow answer: the trackers are made at once, the answer comes late (past a client's own short timeout,
 * inside the operation's limit). A client that waits resolves; one that gives up and sends the same tracking
 * numbers again is refused ("tracking codes can only be used once"). A second batch follows.
 */
export const paySlow = family({
  name: 'pay/slow',
  needs: ['createDeliveryTracker'],
  maxRuns: 2,
  parameters: (codes) => fc.record({ kind: fc.constantFrom(...KINDS), first: carriers(codes, 1, 2), later: carriers(codes, 1, 1) }),
  run: ({ kind, first, later }, index, { adapter, env, serial, timeoutMs }: FamilyRun) =>
    recordCase(env, 'pay/slow', index, { kind, fault: 'slow' }, async (c, base) => {
      const order = env.pay.createTestOrder(kind);
      env.pay.inject('slow');
      await runSteps(adapter, env, c, base, [track(order, shipments(first, serial))], timeoutMs);
      env.pay.clearFaults();
      await runSteps(adapter, env, c, base, [track(order, shipments(later, serial))], timeoutMs);
    }),
});
