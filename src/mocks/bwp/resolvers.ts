import type { GraphQLError } from 'graphql';
import { validate } from '../../schema/ajv.js';
import { describeError } from '../../schema/route.js';
import type { BwpCreateOrderInput, BwpDeliveryPreviewInput, BwpUpdateOrderInput } from '../../types/index.js';
import { orderAnswer, stripNulls } from './answers.js';
import { badInput, codeOf } from './errors.js';
import { itemKey } from './identifiers.js';
import { makePreview, previewAnswer } from './preview.js';
import { checkAliases, checkTransition, matchAddress, matchLines, matchShopper, reserve, tooManyAliases } from './rules.js';
import type { BwpStore, OrderRecord, PreviewRecord } from './store.js';
import { aliasKey } from './store.js';

/** One root field a call ran: its arguments (nulls dropped) and whether it succeeded, or the code it failed with. */
export interface BwpOperation {
  field: string;
  args: Record<string, unknown>;
  ok: boolean;
  code?: string;
  /** The error's message, when it failed. */
  message?: string;
  /** The answer, when it succeeded. */
  result?: unknown;
}

export interface ResolverContext {
  store: BwpStore;
  operations: BwpOperation[];
  /** Simulated service time before a field is worked out (the window in which shoppers race). */
  latencyMs: number;
}

type Resolver = (args: Record<string, unknown>, ctx: ResolverContext) => unknown;

const fail = (error: GraphQLError | undefined): void => {
  if (error) throw error;
};

function schemaCheck(id: string, input: unknown): void {
  const [first] = validate(id, input);
  if (first) throw badInput(`input ${describeError(first)}`);
}

function previewsOf(store: BwpStore, order: OrderRecord): PreviewRecord[] {
  return order.previewIds.flatMap((id) => store.previews.get(id) ?? []);
}

const ROOT: Readonly<Record<string, Resolver>> = {
  deliveryPreview: ({ input }, { store }) => {
    const data = stripNulls(input) as BwpDeliveryPreviewInput;
    schemaCheck('bwp/delivery-preview-input', data);
    return previewAnswer(makePreview(store, data));
  },

  order: ({ orderId }, { store }) => {
    const order = store.orders.get(String(orderId));
    return order ? orderAnswer(order) : null;
  },

  createOrder: ({ input }, { store }) => {
    const data = stripNulls(input) as BwpCreateOrderInput;
    const aliases = [...(data.orderAliases ?? []), ...(data.aliases ?? [])];
    // Before the schema, whose maxItems would answer a sixth alias as a bare input error.
    fail(tooManyAliases(aliases.length));
    schemaCheck('bwp/create-order-input', data);
    const previews = matchLines(store, data.lineItems);
    if (!Array.isArray(previews)) throw previews;
    fail(matchShopper(store, previews, data.shopperIdentity));
    fail(matchAddress(previews, data.recipient));
    fail(checkAliases(store, aliases));
    fail(reserve(store, data.lineItems));
    const order: OrderRecord = {
      id: store.ids.orderId(),
      executionState: data.desiredExecutionState ?? 'NOT_STARTED',
      deliveryStatus: 'PENDING',
      aliases,
      lineItems: data.lineItems.map((l) => ({ id: store.ids.next('LI'), key: itemKey(l.purchasedItem.itemId), title: l.purchasedItem.title, quantity: l.quantity.amount })),
      previewIds: previews.map((p) => p.id),
      createdAt: store.now.toISOString(),
    };
    for (const alias of aliases) store.aliases.set(aliasKey(alias), order.id);
    store.orders.set(order.id, order);
    return { order: orderAnswer(order) };
  },

  updateOrder: ({ input }, { store }) => {
    const data = stripNulls(input) as BwpUpdateOrderInput;
    fail(tooManyAliases(data.aliases?.length ?? 0));
    schemaCheck('bwp/update-order-input', data);
    const order = store.orders.get(data.orderId);
    if (!order) throw badInput(`No order ${data.orderId} in this store.`, 'ResourceNotFoundException');
    if (data.desiredExecutionState) fail(checkTransition(order, data.desiredExecutionState));
    if (data.aliases) fail(checkAliases(store, data.aliases, order));
    const previews = data.lineItems ? matchLines(store, data.lineItems) : [];
    if (!Array.isArray(previews)) throw previews;
    if (data.recipient) fail(matchAddress([...previewsOf(store, order), ...previews], data.recipient));
    if (data.lineItems) fail(reserve(store, data.lineItems));
    if (data.desiredExecutionState) order.executionState = data.desiredExecutionState;
    for (const alias of data.aliases ?? []) {
      if (order.aliases.some((a) => aliasKey(a) === aliasKey(alias))) continue;
      order.aliases.push(alias);
      store.aliases.set(aliasKey(alias), order.id);
    }
    for (const line of data.lineItems ?? [])
      order.lineItems.push({ id: store.ids.next('LI'), key: itemKey(line.purchasedItem.itemId), title: line.purchasedItem.title, quantity: line.quantity.amount });
    for (const p of previews) if (!order.previewIds.includes(p.id)) order.previewIds.push(p.id);
    return { order: orderAnswer(order) };
  },
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The root value graphql-js executes against: each field waits out the latency, then checks and changes the
 * store without yielding, and records what it did.
 */
export const rootValue: Record<string, (args: Record<string, unknown>, ctx: ResolverContext) => Promise<unknown>> = Object.fromEntries(
  Object.entries(ROOT).map(([field, resolve]) => [
    field,
    async (args: Record<string, unknown>, ctx: ResolverContext): Promise<unknown> => {
      if (ctx.latencyMs > 0) await sleep(ctx.latencyMs);
      const operation: BwpOperation = { field, args: stripNulls(args), ok: false };
      ctx.operations.push(operation);
      try {
        const result = resolve(args, ctx);
        operation.ok = true;
        operation.result = result;
        return result;
      } catch (error) {
        const code = codeOf(error as GraphQLError);
        if (code !== undefined) operation.code = code;
        operation.message = error instanceof Error ? error.message : String(error);
        throw error;
      }
    },
  ]),
);
