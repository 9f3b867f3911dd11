import type { RequestEnvelope } from 'ask-sdk-model';

/** Hand-built request envelopes, shaped as Alexa sends them, for driving a skill in-process. */
export interface EnvelopeOptions {
  locale?: string;
  /** The ISP service's base URL, as Alexa names it in context.System. */
  apiEndpoint?: string;
  apiAccessToken?: string;
  /** Session attributes carried from the previous response; `null` sends no session at all. */
  attributes?: Record<string, unknown> | null;
  /** A new session (as after a hand-over that Alexa resumes in a fresh session). */
  newSession?: boolean;
}

export const APPLICATION_ID = 'amzn1.ask.skill.5e1f3c2a-8b7d-4c6e-9f0a-1b2c3d4e5f60';
export const API_ENDPOINT = 'https://api.amazonalexa.com';
export const API_ACCESS_TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.test-access-token';
const USER_ID = 'amzn1.ask.account.TESTUSER';

let counter = 0;

export function envelope(request: { type: string } & Record<string, unknown>, options: EnvelopeOptions = {}): RequestEnvelope {
  const { locale = 'en-US', apiEndpoint = API_ENDPOINT, apiAccessToken = API_ACCESS_TOKEN, attributes = {}, newSession } = options;
  counter += 1;
  const application = { applicationId: APPLICATION_ID };
  const user = { userId: USER_ID };
  const session =
    attributes === null
      ? undefined
      : { new: newSession ?? Object.keys(attributes).length === 0, sessionId: 'amzn1.echo-api.session.test-1', application, user, attributes };
  return {
    version: '1.0',
    ...(session ? { session } : {}),
    context: { System: { application, user, device: { deviceId: 'amzn1.ask.device.TEST', supportedInterfaces: {} }, apiEndpoint, apiAccessToken } },
    request: { requestId: `amzn1.echo-api.request.test-${counter}`, timestamp: new Date().toISOString(), locale, ...request },
  } as unknown as RequestEnvelope;
}

export const launchRequest = (options?: EnvelopeOptions): RequestEnvelope => envelope({ type: 'LaunchRequest' }, options);

export function intentRequest(name: string, slots: Record<string, string> = {}, options?: EnvelopeOptions): RequestEnvelope {
  const intentSlots = Object.fromEntries(
    Object.entries(slots).map(([slot, value]) => [slot, { name: slot, value, confirmationStatus: 'NONE' }]),
  );
  return envelope(
    { type: 'IntentRequest', dialogState: 'COMPLETED', intent: { name, confirmationStatus: 'NONE', slots: intentSlots } },
    options,
  );
}

/** A SessionResumedRequest; `cause` undefined leaves the cause out. */
export function sessionResumedRequest(cause: Record<string, unknown> | undefined, options?: EnvelopeOptions): RequestEnvelope {
  return envelope({ type: 'SessionResumedRequest', ...(cause ? { cause } : {}) }, options);
}

/** The cause of a resume after a shopping task: status code as a string, result only when given. */
export function connectionCompleted(token: string | undefined, code: string, result?: { code: string; message: string }): Record<string, unknown> {
  return {
    type: 'ConnectionCompleted',
    ...(token === undefined ? {} : { token }),
    status: { code, message: code === '200' ? 'OK' : 'Error' },
    ...(result ? { result } : {}),
  };
}

export const exceptionEncounteredRequest = (errorType: string, options?: EnvelopeOptions): RequestEnvelope =>
  envelope(
    { type: 'System.ExceptionEncountered', error: { type: errorType, message: 'test error' }, cause: { requestId: 'amzn1.echo-api.request.earlier' } },
    options,
  );

export const sessionEndedRequest = (reason: string, options?: EnvelopeOptions): RequestEnvelope =>
  envelope({ type: 'SessionEndedRequest', reason }, options);

export const connectionsResponse = (name: string, purchaseResult: string, token: string, options?: EnvelopeOptions): RequestEnvelope =>
  envelope(
    { type: 'Connections.Response', name, status: { code: '200', message: 'OK' }, payload: { purchaseResult, productId: 'amzn1.adg.product.test' }, token },
    options,
  );
