import { buildSchema, execute, Kind, parse, validate as validateDocument, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { OutboundCall } from '../../targets/exchange.js';
import type { MockAnswer } from '../server.js';
import { BWP_FAULT_ANSWERS, BWP_SLOW_MS } from './faults.js';
import { rootValue, type BwpOperation, type ResolverContext } from './resolvers.js';
import { BWP_SDL } from './sdl.js';
import { BwpStore, IdSource, type StoreOptions } from './store.js';

/** A request-level fault of the client's: the wrong place, no credentials, or a document or input the API refuses. */
export type BwpCallRule = 'endpoint' | 'auth' | 'input';

/** One call as the mock answered it: the GraphQL request, what each root field did, and any request-level rule broken. */
export interface BwpCall extends OutboundCall {
  body: unknown;
  operations: BwpOperation[];
  broke?: BwpCallRule;
}

export interface BwpRequest {
  method: string;
  url: URL;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string | undefined>>;
  body: string;
}

export interface BwpCoreOptions {
  /** Any bearer token is served the default store; else only tokens of stores opened with openStore. */
  anyToken?: boolean;
  /** Service time of each root field before it is worked out; default 0. */
  latencyMs?: number;
  /** How late a slow answer comes; default BWP_SLOW_MS. */
  delayMs?: number;
  /** Options of every store. */
  store?: StoreOptions;
}

const GRAPHQL_PATH = /^\/graphql\/?$/;
export const isGraphqlUrl = (url: string): boolean => /\/graphql\/?(\?|$)/.test(url);

let schema: GraphQLSchema | undefined;

/** The executable schema, built once a process. Its JSON scalar is graphql-js's default for an SDL scalar: any value, as given. */
export function bwpSchema(): GraphQLSchema {
  return (schema ??= buildSchema(BWP_SDL));
}

const requestError = (status: number, message: string, errorType: string, broke: BwpCallRule): MockAnswer & { broke: BwpCallRule } => ({
  status,
  body: { errors: [{ message, extensions: { errorType } }] },
  broke,
});

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The root fields an operation of the document selects (fault injection targets calls by them). */
function rootFields(document: DocumentNode, operationName: string | undefined): string[] {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operations.find((o) => operationName === undefined || o.name?.value === operationName) ?? operations[0];
  return operation?.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])) ?? [];
}

/**
 * The Buy with Prime API as a contract mock: a GraphQL endpoint (graphql-js executing sdl.ts) over stores kept
 * per access token, apart from any transport (the loopback service and the nock face answer through it).
 */
export class BwpCore {
  readonly calls: BwpCall[] = [];
  readonly ids = new IdSource();
  private readonly stores = new Map<string, BwpStore>();
  private fallback: BwpStore | undefined;

  constructor(private readonly options: BwpCoreOptions = {}) {}

  /** A store served to this bearer token (a made-up token unless given). */
  openStore(token?: string, options: StoreOptions = {}): BwpStore {
    const store = new BwpStore(token ?? `Atza|store-${this.ids.next('T')}`, this.ids, { ...this.options.store, ...options });
    this.stores.set(store.token, store);
    return store;
  }

  /** The store of tokens nobody opened one for, when anyToken is set. */
  get defaultStore(): BwpStore {
    return (this.fallback ??= new BwpStore('*', this.ids, this.options.store));
  }

  async answer(request: BwpRequest): Promise<MockAnswer> {
    let body: unknown = request.body;
    try {
      body = JSON.parse(request.body) as unknown;
    } catch {
      // recorded as sent
    }
    const operations: BwpOperation[] = [];
    const answer = await this.serve(request, body, operations);
    const call: BwpCall = {
      method: request.method,
      url: request.url.href,
      headers: Object.fromEntries(Object.entries(request.headers).filter((e): e is [string, string] => e[1] !== undefined)),
      status: answer.status,
      answer: answer.body,
      body,
      operations,
    };
    if (answer.fault !== undefined) call.fault = answer.fault;
    if (answer.broke !== undefined) call.broke = answer.broke;
    this.calls.push(call);
    const { broke: _broke, ...out } = answer;
    return out;
  }

  private async serve(request: BwpRequest, body: unknown, operations: BwpOperation[]): Promise<MockAnswer & { broke?: BwpCallRule }> {
    if (!GRAPHQL_PATH.test(request.url.pathname)) return requestError(404, `The Buy with Prime API is served at /graphql, not ${request.url.pathname}.`, 'ResourceNotFoundException', 'endpoint');
    if (request.method.toUpperCase() !== 'POST') return requestError(405, `Send GraphQL requests as POST, not ${request.method}.`, 'ValidationException', 'endpoint');
    const token = /^Bearer\s+(\S+)\s*$/i.exec(request.headers['authorization'] ?? '')?.[1];
    if (token === undefined) return requestError(401, 'The request has no Authorization: Bearer <access token> header.', 'AccessDeniedException', 'auth');
    const store = this.stores.get(token) ?? (this.options.anyToken ? this.defaultStore : undefined);
    if (!store) return requestError(403, 'The access token is not one this API issued.', 'AccessDeniedException', 'auth');
    if (!isRecord(body) || typeof body['query'] !== 'string') return requestError(400, 'The body is not a JSON object with a "query" string.', 'ValidationException', 'input');
    const operationName = typeof body['operationName'] === 'string' ? body['operationName'] : undefined;
    const variables = isRecord(body['variables']) ? body['variables'] : undefined;
    let document: DocumentNode;
    try {
      document = parse(body['query']);
    } catch (error) {
      return { status: 400, body: { errors: [(error as GraphQLError).toJSON()] }, broke: 'input' };
    }
    const invalid = validateDocument(bwpSchema(), document);
    if (invalid.length > 0) return { status: 400, body: { errors: invalid.map((e) => e.toJSON()) }, broke: 'input' };
    const fault = store.takeFault(rootFields(document, operationName));
    if (fault !== undefined && fault !== 'slow') {
      const { status, errorType, message } = BWP_FAULT_ANSWERS[fault];
      return { status, body: { errors: [{ message, extensions: { errorType } }] }, fault };
    }
    const context: ResolverContext = { store, operations, latencyMs: this.options.latencyMs ?? 0 };
    const result = await execute({ schema: bwpSchema(), document, rootValue, contextValue: context, variableValues: variables, operationName });
    const errors = result.errors?.map((e) => e.toJSON());
    const out: MockAnswer & { broke?: BwpCallRule } = { status: result.data === undefined ? 400 : 200, body: { ...(result.data !== undefined ? { data: result.data } : {}), ...(errors ? { errors } : {}) } };
    // Variables GraphQL could not coerce, or values its types allow and the schemas do not.
    if (result.data === undefined || operations.some((o) => o.code === 'BAD_USER_INPUT')) out.broke = 'input';
    return fault === 'slow' ? { ...out, delayMs: this.options.delayMs ?? BWP_SLOW_MS, fault } : out;
  }
}
