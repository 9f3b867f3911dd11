/**
 * Which requests are no consent to shop (Implement Alexa Shopping Actions in Your Skill): the customer opened the
 * skill, said no, stop, cancel, asked for help, or was not understood. The consent family sends them; SHOP-CONSENT
 * forbids a hand-over in answer to them.
 */
import { isObject } from './response-shape.js';
import type { Entry } from './types.js';

/** The intents that are no consent to shop. */
export const NOT_CONSENT_INTENTS = [
  'AMAZON.NoIntent',
  'AMAZON.CancelIntent',
  'AMAZON.StopIntent',
  'AMAZON.HelpIntent',
  'AMAZON.FallbackIntent',
] as const;

/** What the customer said, when the request is no consent to shop: 'LaunchRequest' or the intent's name. */
export function notConsent(entry: Entry): string | undefined {
  const envelope = entry.exchange.request;
  const request = isObject(envelope) ? envelope['request'] : undefined;
  if (!isObject(request)) return undefined;
  // A LaunchRequest that names a task comes from another skill's connection asking for that task.
  if (request['type'] === 'LaunchRequest') return request['task'] === undefined ? 'LaunchRequest' : undefined;
  if (request['type'] !== 'IntentRequest') return undefined;
  const name = isObject(request['intent']) ? request['intent']['name'] : undefined;
  return (NOT_CONSENT_INTENTS as readonly unknown[]).includes(name) ? (name as string) : undefined;
}
