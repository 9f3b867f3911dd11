import { validate } from '../../schema/ajv.js';
import { describeError } from '../../schema/route.js';
import type { OutboundCall } from '../../targets/exchange.js';
import type { PayDeliveryDetailInput } from '../../types/index.js';
import type { MockAnswer } from '../server.js';
import { carrierCodes } from './carriers.js';
import { FAULT_ANSWERS, PAY_SLOW_MS, type PayFault } from './faults.js';
import { keyEnvironment, payRouteOf, publicKeyIdOf, type PayEnvironment } from './paths.js';

/** The rule of the page (or of the API around it) a refused request broke: what the client checks judge. */
export type PayRule = 'endpoint' | 'auth' | 'body' | 'order-id' | 'order-unknown' | 'carrier' | 'tracking-reused';

/** One call as the mock answered it, with the parsed body and the rule it broke, if any. */
export interface PayCall extends OutboundCall {
  body: unknown;
  broke?: PayRule;
}

/** An order in the mock's books, named by one or both ids as the checkout that made it issued them. */
export interface PayOrder {
  environment: PayEnvironment;
  chargePermissionId?: string;
  amazonOrderReferenceId?: string;
  trackers: PayDeliveryDetailInput[];
}

export type PayOrderKind = 'chargePermission' | 'orderReference' | 'both';

export interface PayRequest {
  method: string;
  url: URL;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string | undefined>>;
  body: string;
}

export interface PayCoreOptions {
  /** Carrier codes accepted besides the bundled list. */
  carriers?: readonly string[];
  /** Serve any public key (its environment from the path or its prefix); else only keys issued by issueKey. */
  anyKey?: boolean;
  /** How late a slow answer comes; default PAY_SLOW_MS. */
  delayMs?: number;
}

const fail = (status: number, reasonCode: string, message: string, broke?: PayRule): MockAnswer & { broke?: PayRule } => ({
  status,
  body: { reasonCode, message },
  ...(broke ? { broke } : {}),
});

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const digits = (n: number, width: number): string => String(n).padStart(width, '0').slice(-width);

/**
 * Amazon Pay's Create Delivery Tracker as a contract mock, apart from any transport (the loopback service and
 * the nock face answer through it). It keeps the books the page's sandbox test relies on: test orders made
 * first, the trackers made for them, every tracking number used (each usable once), and the keys it issued.
 */
export class PayCore {
  readonly calls: PayCall[] = [];
  private readonly orders = new Map<string, PayOrder>();
  private readonly used = new Map<PayEnvironment, Set<string>>([['sandbox', new Set()], ['live', new Set()]]);
  private readonly keys = new Map<string, PayEnvironment>();
  private readonly faults: PayFault[] = [];
  private readonly carriers: ReadonlySet<string>;
  private serial = 0;

  constructor(private readonly options: PayCoreOptions = {}) {
    this.carriers = carrierCodes(options.carriers);
  }

  /** A public key id for an environment, with its prefix (for the unified path) or without (for /{env}/v2/...). */
  issueKey(environment: PayEnvironment, { prefixed = false }: { prefixed?: boolean } = {}): string {
    const id = `AH${(++this.serial).toString(36).toUpperCase().padStart(10, '0')}MOCKPAYKEY00`;
    const key = prefixed ? `${environment.toUpperCase()}-${id}` : id;
    this.keys.set(key, environment);
    return key;
  }

  /** A test order, as a buyer checking out in Sandbox makes one (the page's sandbox test, step 1). */
  createTestOrder(kind: PayOrderKind = 'chargePermission', environment: PayEnvironment = 'sandbox'): PayOrder {
    const n = ++this.serial;
    const letter = environment === 'sandbox' ? 'S' : 'P';
    const id = (group: string): string => `${letter}0${group}-${digits(n * 7 + 1_000_000, 7)}-${digits(n * 104_729, 7)}`;
    const order: PayOrder = { environment, trackers: [] };
    if (kind !== 'orderReference') order.chargePermissionId = id('1');
    if (kind !== 'chargePermission') order.amazonOrderReferenceId = id('2');
    for (const key of [order.chargePermissionId, order.amazonOrderReferenceId]) if (key) this.orders.set(key, order);
    return order;
  }

  /** The order an id names, whichever id it is. */
  order(id: string): PayOrder | undefined {
    return this.orders.get(id);
  }

  /** The next `times` delivery tracker calls answer this fault instead (nothing is recorded in the books). */
  inject(fault: PayFault, times = 1): void {
    for (let i = 0; i < times; i++) this.faults.push(fault);
  }

  /** Faults injected and not yet delivered. */
  pendingFaults(): number {
    return this.faults.length;
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  answer(request: PayRequest): MockAnswer {
    const body = parse(request.body);
    const answer = this.serve(request, body);
    const call: PayCall = {
      method: request.method,
      url: request.url.href,
      headers: Object.fromEntries(Object.entries(request.headers).filter((e): e is [string, string] => e[1] !== undefined)),
      status: answer.status,
      answer: answer.body,
      body: body.ok ? body.value : request.body,
    };
    if (answer.fault !== undefined) call.fault = answer.fault;
    if (answer.broke !== undefined) call.broke = answer.broke;
    this.calls.push(call);
    const { broke: _broke, ...out } = answer;
    return out;
  }

  private serve(request: PayRequest, body: Parsed): MockAnswer & { broke?: PayRule } {
    const route = payRouteOf(request.url.pathname);
    if (!route) return fail(404, 'ResourceNotFound', `no Amazon Pay operation is served at ${request.url.pathname}`, 'endpoint');
    const fault = this.faults.shift();
    if (fault !== undefined && fault !== 'slow') return { ...FAULT_ANSWERS[fault], fault };
    if (request.method.toUpperCase() !== 'POST') return fail(405, 'UnsupportedOperation', `Create Delivery Tracker is a POST, not ${request.method}`, 'endpoint');
    const key = publicKeyIdOf(request.headers['authorization']);
    if (key === undefined) return fail(400, 'MissingHeader', 'The Authorization header is missing or names no PublicKeyId.', 'auth');
    const issued = this.keys.get(key);
    if (issued === undefined && !this.options.anyKey) return fail(401, 'UnauthorizedAccess', `The public key ${key} is not registered.`, 'auth');
    const keyEnv = keyEnvironment(key) ?? issued;
    let environment: PayEnvironment;
    if (route.environment === 'unified') {
      if (keyEnvironment(key) === undefined) return fail(400, 'InvalidHeaderValue', 'The unified endpoint /v2/deliveryTrackers needs an environment-prefixed public key id (SANDBOX-... or LIVE-...); use /sandbox or /live otherwise.', 'endpoint');
      environment = keyEnvironment(key)!;
    } else {
      environment = route.environment;
      if (keyEnv !== undefined && keyEnv !== environment) return fail(401, 'UnauthorizedAccess', `The public key is a ${keyEnv} key, called on the ${environment} endpoint.`, 'endpoint');
    }
    const answer = this.create(environment, body);
    return fault === 'slow' ? { ...answer, delayMs: this.options.delayMs ?? PAY_SLOW_MS, fault } : answer;
  }

  private create(environment: PayEnvironment, body: Parsed): MockAnswer & { broke?: PayRule } {
    if (!body.ok || !isRecord(body.value)) return fail(400, 'InvalidInputFormat', 'The request body is not a JSON object.', 'body');
    const input = body.value;
    const named = ['amazonOrderReferenceId', 'chargePermissionId'].filter((k) => input[k] !== undefined);
    if (named.length !== 1) {
      const message = named.length === 0 ? 'amazonOrderReferenceId or chargePermissionId is required.' : 'Give amazonOrderReferenceId or chargePermissionId, not both.';
      return fail(400, 'InvalidParameterValue', message, 'order-id');
    }
    const [first] = validate('pay/create-delivery-tracker-request', input);
    if (first) return fail(400, 'InvalidInputFormat', `The request body is malformed: ${describeError(first)}.`, 'body');
    const field = named[0] as 'amazonOrderReferenceId' | 'chargePermissionId';
    const id = input[field] as string;
    const order = this.orders.get(id);
    if (!order || order.environment !== environment || order[field] !== id) return fail(400, 'InvalidParameterValue', `The value provided for ${field} is invalid: no ${environment} order has it.`, 'order-unknown');
    const details = input['deliveryDetails'] as PayDeliveryDetailInput[];
    const unknown = details.find((d) => !this.carriers.has(d.carrierCode));
    if (unknown) return fail(400, 'InvalidParameterValue', `The value provided for carrierCode is invalid: ${unknown.carrierCode} is not on the carrierCode list.`, 'carrier');
    const used = this.used.get(environment)!;
    const twice = details.find((d, i) => used.has(d.trackingNumber) || details.findIndex((e) => e.trackingNumber === d.trackingNumber) !== i);
    if (twice) return fail(400, 'InvalidParameterValue', `The value provided for trackingNumber is invalid: ${twice.trackingNumber} has been used already.`, 'tracking-reused');
    for (const d of details) used.add(d.trackingNumber);
    const tracked = details.map((d) => ({ trackingNumber: d.trackingNumber, carrierCode: d.carrierCode }));
    order.trackers.push(...tracked);
    return { status: 200, body: { [field]: id, deliveryDetails: tracked } };
  }
}

type Parsed = { ok: true; value: unknown } | { ok: false };

function parse(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
