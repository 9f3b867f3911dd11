import fc from 'fast-check';
import type { InteractionModel } from '../config/model.js';
import { arbitraryOf } from '../generate/index.js';
import type { Context, Session } from '../types/index.js';
import type { Plan } from './plan.js';

/** One customer on one device in one locale: what stays fixed across the requests of a session. */
export interface Visit {
  locale: string;
  session: Session;
  context: Context;
  /** The locale's interaction model: every IntentRequest of the visit fills its slots from it, as Alexa does. */
  model?: InteractionModel;
}

/**
 * Visits generated from the session and context schemas, pinned to the plan's skill id, locales (or some of
 * them: those where the family's intent exists) and mock endpoint.
 */
export function visitArbitrary(plan: Plan, locales: readonly string[] = plan.locales): fc.Arbitrary<Visit> {
  return fc
    .record({
      locale: fc.constantFrom(...locales),
      session: arbitraryOf<Session>('alexa/session', { now: plan.now }),
      context: arbitraryOf<Context>('alexa/context', { now: plan.now }),
    })
    .map(({ locale, session, context }) => {
      const application = { applicationId: plan.applicationId };
      const user = { ...context.System.user };
      const system = { ...context.System, application, user, apiEndpoint: plan.apiEndpoint };
      const model = plan.models?.[locale];
      return {
        locale,
        session: { ...session, new: true, application, user, attributes: {} },
        context: { ...context, System: system },
        ...(model ? { model } : {}),
      };
    });
}

/** Where a request sits in its session. */
export interface SessionState {
  /** false for requests Alexa sends outside a session (none of ours today). */
  inSession: boolean;
  new: boolean;
  sessionId: string;
  attributes: Record<string, unknown> | undefined;
}

export const openSession = (visit: Visit): SessionState => ({
  inSession: true,
  new: true,
  sessionId: visit.session.sessionId,
  attributes: {},
});

/** The n-th new session of a visit: Alexa gives every new session an id of its own (here the visit's, its tail numbered). */
export function nthSession(visit: Visit, n: number): SessionState {
  const opened = openSession(visit);
  const tail = String(n).padStart(6, '0');
  return { ...opened, sessionId: `${opened.sessionId.slice(0, -tail.length)}${tail}` };
}

/** The next state after the skill answered: same session, not new, carrying the attributes the skill returned. */
export function continueSession(state: SessionState, body: unknown): SessionState {
  const returned = (body as { sessionAttributes?: unknown } | undefined)?.sessionAttributes;
  const attributes = typeof returned === 'object' && returned !== null && !Array.isArray(returned) ? (returned as Record<string, unknown>) : {};
  return { ...state, new: false, attributes };
}

/**
 * Where a run's request ids, apiAccessTokens and timestamps come from: one per run, so runs in one process
 * share no counter. Ids start with the clock's time, so two runs never hand out the same token.
 */
export class RequestIds {
  private count = 0;

  constructor(readonly clock: () => Date = () => new Date()) {}

  private unique(): string {
    return `${this.clock().getTime().toString(36)}${(this.count++).toString(36).padStart(6, '0')}`;
  }

  /** A fresh request id, in Alexa's format. */
  requestId(): string {
    return `amzn1.echo-api.request.${this.unique()}`;
  }

  /** A fresh apiAccessToken: how a call to the mock APIs is traced to the request that carried it. */
  token(): string {
    return `asc.${this.unique()}`;
  }

  /** The request timestamp, to the second, as Alexa writes it. */
  timestamp(): string {
    return this.clock().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
}

/**
 * The full envelope. Request ids, the timestamp and apiAccessToken are made at send time, as Alexa does:
 * every request gets its own token, which is how calls to the mock APIs are traced to the request.
 */
export function envelope(ids: RequestIds, visit: Visit, state: SessionState, request: Record<string, unknown>): Record<string, unknown> {
  if (visit.model) request = asAlexaFills(visit.model, visit.context.System.application.applicationId, request);
  const token = ids.token();
  const session = state.inSession
    ? { ...visit.session, new: state.new, sessionId: state.sessionId, attributes: state.attributes ?? {} }
    : undefined;
  if (session && state.attributes === undefined) delete (session as { attributes?: unknown }).attributes;
  return {
    version: '1.0',
    ...(session ? { session } : {}),
    context: { ...visit.context, System: { ...visit.context.System, apiAccessToken: token } },
    request: { ...request, requestId: ids.requestId(), timestamp: ids.timestamp(), locale: visit.locale },
  };
}

/** The apiAccessToken an envelope carries. */
export function tokenOf(envelope: unknown): string {
  return String((envelope as { context?: { System?: { apiAccessToken?: unknown } } }).context?.System?.apiAccessToken ?? '');
}

/** An IntentRequest with its slots filled from the model: resolved, and the intent's unfilled slots present. */
function asAlexaFills(model: InteractionModel, applicationId: string, request: Record<string, unknown>): Record<string, unknown> {
  const intent = request['intent'] as { name?: unknown; slots?: Record<string, unknown> } | undefined;
  if (request['type'] !== 'IntentRequest' || typeof intent?.name !== 'string') return request;
  const slots = model.fillSlots(applicationId, intent.name, intent.slots);
  return { ...request, intent: { ...intent, slots } };
}

/** An IntentRequest for a configured step (its slots bare: envelope fills them from the visit's model). */
export function intentRequest(name: string, slots: Record<string, string | undefined> = {}): Record<string, unknown> {
  return {
    type: 'IntentRequest',
    dialogState: 'COMPLETED',
    intent: {
      name,
      confirmationStatus: 'NONE',
      slots: Object.fromEntries(
        Object.entries(slots).map(([slot, value]) => [slot, { name: slot, value, confirmationStatus: 'NONE' }]),
      ),
    },
  };
}
