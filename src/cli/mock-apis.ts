import { BwpCore } from '../mocks/bwp/core.js';
import { BWP_FAULTS, type BwpFault } from '../mocks/bwp/faults.js';
import { BwpService } from '../mocks/bwp/service.js';
import type { BwpStore } from '../mocks/bwp/store.js';
import { IspCore } from '../mocks/isp/core.js';
import { FAULTS as ISP_FAULTS, type Fault as IspFault } from '../mocks/isp/faults.js';
import { PRODUCTS_PATH } from '../mocks/isp/paths.js';
import { IspService } from '../mocks/isp/service.js';
import { PayCore } from '../mocks/pay/core.js';
import { PAY_FAULTS, type PayFault } from '../mocks/pay/faults.js';
import { PayService } from '../mocks/pay/service.js';
import { MockServer, type MockAnswer, type MockService } from '../mocks/server.js';
import type { OutboundCall } from '../targets/exchange.js';
import type { InSkillProduct } from '../types/index.js';
import { BadInput } from '../bad-input.js';

const MOCK_APIS = ['isp', 'pay', 'bwp'] as const;
export type MockApi = (typeof MOCK_APIS)[number];

const FAULTS_OF: Readonly<Record<MockApi, readonly string[]>> = { isp: ISP_FAULTS, pay: PAY_FAULTS, bwp: BWP_FAULTS };

export interface MockApisOptions {
  apis: readonly MockApi[];
  /** The products of the product service. */
  catalog: InSkillProduct[];
  pageSize?: number;
  /** Every call of an API answers its fault. */
  faults: Partial<Record<MockApi, string>>;
  /** How late a slow answer comes (each mock's own default otherwise). */
  slowMs?: number;
  /** Carrier codes Amazon Pay accepts beyond the bundled list. */
  carriers?: readonly string[];
  /** Amazon Pay test orders and Buy with Prime orders made at start, to try the calls on. */
  orders: number;
}

/** Parses `--api`: a comma list of isp, pay, bwp. */
export function apisOf(value: string | undefined): MockApi[] {
  if (value === undefined) return [...MOCK_APIS];
  const apis = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = apis.find((a) => !(MOCK_APIS as readonly string[]).includes(a));
  if (unknown !== undefined || apis.length === 0) throw new BadInput(`--api wants a comma list of ${MOCK_APIS.join(', ')}, not "${value}"`);
  return [...new Set(apis)] as MockApi[];
}

/** Parses `--fault`: a comma list of api:fault, each fault one the API's mock knows. */
export function faultsOf(value: string | undefined, apis: readonly MockApi[]): Partial<Record<MockApi, string>> {
  const faults: Partial<Record<MockApi, string>> = {};
  for (const item of value?.split(',').map((s) => s.trim()).filter(Boolean) ?? []) {
    const [api, fault] = item.split(':') as [string, string | undefined];
    if (!(MOCK_APIS as readonly string[]).includes(api) || fault === undefined)
      throw new BadInput(`--fault wants api:fault (api one of ${MOCK_APIS.join(', ')}), not "${item}"`);
    const known = FAULTS_OF[api as MockApi];
    if (!known.includes(fault)) throw new BadInput(`--fault ${api}:${fault}: the ${api} mock's faults are ${known.join(', ')}`);
    if (!apis.includes(api as MockApi)) throw new BadInput(`--fault ${item}: --api does not serve ${api}`);
    faults[api as MockApi] = fault;
  }
  return faults;
}

/** A service whose every call first re-arms a fault (the cores deliver an injected fault once). */
function everyCall(service: MockService, arm: () => void): MockService {
  return {
    name: service.name,
    handles: (method, url) => service.handles(method, url),
    answer: (method, url, headers, body, caller): MockAnswer | Promise<MockAnswer> => {
      arm();
      return service.answer(method, url, headers, body, caller);
    },
  };
}

export interface MockApis {
  server: MockServer;
  pay: PayCore;
  bwp: BwpStore;
  /** What to print: each API's URL and the orders made at start. */
  describe(): string[];
}

/** The mock APIs on one loopback server, each on its own paths, any credentials served. */
export async function openMockApis(options: MockApisOptions, port: number): Promise<MockApis> {
  const delay = options.slowMs === undefined ? {} : { delayMs: options.slowMs };
  const server = new MockServer();
  const { faults } = options;
  const isp = new IspCore({
    fallback: { catalog: options.catalog, ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }), ...(faults.isp ? { fault: faults.isp as IspFault } : {}), ...delay },
    anyToken: true,
  });
  const pay = new PayCore({ anyKey: true, ...delay, ...(options.carriers ? { carriers: options.carriers } : {}) });
  const bwpCore = new BwpCore({ anyToken: true, ...delay });
  const store = bwpCore.defaultStore;
  const payOrders = Array.from({ length: options.orders }, () => pay.createTestOrder('chargePermission'));
  const bwpOrders = Array.from({ length: options.orders }, () => store.seedOrder());
  if (options.apis.includes('isp')) server.use(new IspService(isp));
  if (options.apis.includes('pay')) {
    const fault = faults.pay as PayFault | undefined;
    server.use(fault ? everyCall(new PayService(pay), () => pay.pendingFaults() === 0 && pay.inject(fault)) : new PayService(pay));
  }
  if (options.apis.includes('bwp')) {
    const fault = faults.bwp as BwpFault | undefined;
    server.use(fault ? everyCall(new BwpService(bwpCore), () => store.pendingFaults() === 0 && store.inject(fault)) : new BwpService(bwpCore));
  }
  try {
    await server.start(port);
  } catch (e) {
    throw new BadInput(`cannot listen on 127.0.0.1:${port}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const describe = (): string[] => {
    const url = server.url;
    const lines = [url];
    if (options.apis.includes('isp')) lines.push(`in-skill products: GET ${url}${PRODUCTS_PATH} (context.System.apiEndpoint ${url}; any bearer token)`);
    if (options.apis.includes('pay')) {
      lines.push(`Amazon Pay: POST ${url}/sandbox/v2/deliveryTrackers (or /live/..., or /v2/deliveryTrackers with a SANDBOX-/LIVE- key; any PublicKeyId)`);
      for (const order of payOrders) lines.push(`  sandbox test order: chargePermissionId ${order.chargePermissionId ?? ''}`);
    }
    if (options.apis.includes('bwp')) {
      lines.push(`Buy with Prime: POST ${url}/graphql (any bearer token; any item in stock, 100 units)`);
      for (const order of bwpOrders) lines.push(`  order: ${order.id} (NOT_STARTED)`);
    }
    for (const [api, fault] of Object.entries(faults)) lines.push(`every ${api} call answers the fault ${fault}`);
    return lines;
  };
  return { server, pay, bwp: store, describe };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One line of the call log: method, path, status, and what the answer says (a reasonCode, GraphQL fields and error codes). */
export function logLine(call: OutboundCall): string {
  const url = new URL(call.url);
  const answer = isRecord(call.answer) ? call.answer : {};
  const notes: string[] = [];
  if (typeof answer['reasonCode'] === 'string') notes.push(answer['reasonCode']);
  if (isRecord(answer['data'])) notes.push(...Object.keys(answer['data']));
  if (Array.isArray(answer['errors']))
    notes.push(...answer['errors'].filter(isRecord).map((e) => (isRecord(e['extensions']) ? String(e['extensions']['code'] ?? e['extensions']['errorType'] ?? 'error') : 'error')));
  if (call.fault) notes.push(`(fault ${call.fault})`);
  return `${call.method} ${url.pathname}${url.search} ${call.status ?? ''}${notes.length ? ` ${notes.join(' ')}` : ''}`;
}
