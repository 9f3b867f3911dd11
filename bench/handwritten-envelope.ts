/**
 * The request envelope as a person would write its arbitrary by hand with fc.record: the same request types, the
 * same required and optional members and the same id shapes as schemas/alexa/request-envelope.schema.json. The
 * generation bench measures the schema-driven generator against it in the same run: the practical limit.
 */
import fc from 'fast-check';

const ALNUM = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];
const id = (prefix: string) => fc.uuid().map((u) => `${prefix}${u}`);
const upper = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...ALNUM), minLength: min, maxLength: max });
const locale = fc.constantFrom('en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'ja-JP', 'en-IN', 'fr-CA', 'pt-BR');
const timestamp = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => `${d.toISOString().slice(0, 19)}Z`);
const application = fc.record({ applicationId: id('amzn1.ask.skill.') });
const scopes = fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.record({ status: fc.constantFrom('GRANTED', 'DENIED') }), { maxKeys: 3 });
const user = fc.record(
  { userId: upper(60, 80).map((s) => `amzn1.ask.account.${s}`), accessToken: fc.string(), permissions: fc.record({ consentToken: fc.string(), scopes }, { requiredKeys: [] }) },
  { requiredKeys: ['userId'] },
);
const session = fc.record(
  { new: fc.boolean(), sessionId: id('amzn1.echo-api.session.'), user, attributes: fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }), application },
  { requiredKeys: ['new', 'sessionId', 'user', 'application'] },
);
const context = fc.record({
  System: fc.record(
    {
      application,
      user,
      device: fc.record({ deviceId: upper(60, 90).map((s) => `amzn1.ask.device.${s}`), supportedInterfaces: fc.dictionary(fc.constantFrom('AudioPlayer', 'Display', 'VideoApp', 'Alexa.Presentation.APL'), fc.constant({}), { maxKeys: 2 }) }),
      apiEndpoint: fc.constantFrom('https://api.amazonalexa.com', 'https://api.eu.amazonalexa.com', 'https://api.fe.amazonalexa.com'),
      apiAccessToken: fc.base64String({ minLength: 40, maxLength: 200 }).map((s) => `eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.${s.replace(/=/g, '')}`),
    },
    { requiredKeys: ['application', 'user', 'apiEndpoint'] },
  ),
});
const common = { requestId: id('amzn1.echo-api.request.'), timestamp, locale };
const status = fc.record({ code: fc.constantFrom('200', '400', '403', '404', '500'), message: fc.string() });
const slot = fc.record({ name: fc.string({ minLength: 1, maxLength: 12 }), value: fc.string(), confirmationStatus: fc.constantFrom('NONE', 'DENIED', 'CONFIRMED') }, { requiredKeys: ['name', 'confirmationStatus'] });
const error = (types: readonly string[], requiredKeys: ('type' | 'message')[]) => fc.record({ type: fc.constantFrom(...types), message: fc.string() }, { requiredKeys });
const request = fc.oneof(
  fc.record({ type: fc.constant('LaunchRequest'), ...common }),
  fc.record(
    {
      type: fc.constant('IntentRequest'),
      ...common,
      dialogState: fc.constantFrom('STARTED', 'IN_PROGRESS', 'COMPLETED'),
      intent: fc.record(
        { name: fc.string({ minLength: 1, maxLength: 24 }), confirmationStatus: fc.constantFrom('NONE', 'DENIED', 'CONFIRMED'), slots: fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), slot, { maxKeys: 3 }) },
        { requiredKeys: ['name', 'confirmationStatus'] },
      ),
    },
    { requiredKeys: ['type', 'requestId', 'timestamp', 'locale', 'intent'] },
  ),
  fc.record({
    type: fc.constant('SessionResumedRequest'),
    ...common,
    cause: fc.record(
      { type: fc.constant('ConnectionCompleted'), token: fc.string(), status, result: fc.record({ code: fc.constantFrom('AlexaShopping.RetryLaterError', 'AlexaShopping.NoOffersFound'), message: fc.string() }) },
      { requiredKeys: ['type', 'status'] },
    ),
  }),
  fc.record({ type: fc.constant('System.ExceptionEncountered'), ...common, error: error(['INVALID_RESPONSE', 'DEVICE_COMMUNICATION_ERROR', 'INTERNAL_SERVICE_ERROR'], ['type']), cause: fc.record({ requestId: id('amzn1.echo-api.request.') }) }),
  fc.record(
    { type: fc.constant('SessionEndedRequest'), ...common, reason: fc.constantFrom('USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS'), error: error(['INVALID_RESPONSE', 'DEVICE_COMMUNICATION_ERROR', 'INTERNAL_SERVICE_ERROR', 'ENDPOINT_TIMEOUT'], ['type', 'message']) },
    { requiredKeys: ['type', 'requestId', 'timestamp', 'locale', 'reason'] },
  ),
  fc.record({
    type: fc.constant('Connections.Response'),
    ...common,
    name: fc.constantFrom('Buy', 'Upsell', 'Cancel'),
    status: fc.record({ code: fc.constantFrom('200', '400', '500'), message: fc.string() }, { requiredKeys: ['code'] }),
    payload: fc.record(
      { purchaseResult: fc.constantFrom('ACCEPTED', 'DECLINED', 'ALREADY_PURCHASED', 'ERROR', 'NOT_ENTITLED'), productId: id('amzn1.adg.product.'), message: fc.string() },
      { requiredKeys: ['purchaseResult', 'productId'] },
    ),
    token: fc.string(),
  }),
);

export const handwrittenEnvelope = fc.record({ version: fc.constant('1.0'), session, context, request }, { requiredKeys: ['version', 'context', 'request'] });
