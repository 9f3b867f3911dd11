/**
 * SHOP-CONSENT, SHOP-DECLINE, SHOP-ATTRIBUTION: when a skill may hand the customer over, how it takes a
 * "no", and where Associates attribution may stand (Implement Alexa Shopping Actions in Your Skill;
 * Alexa Shopping Actions API Reference, "Attribution object").
 */
import { directivesOf, isObject, responseOf, spokenText, type Json } from './response-shape.js';
import { directiveErrorsFor, shoppingDirectives, type TaskDirective } from './tasks.js';
import type { Check, CheckContext, Entry, Problem } from './types.js';

/** Requests that are no consent to shop: the customer opened the skill, said no, stop, cancel, asked for help, or was not understood. */
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

/** SHOP-CONSENT: no shopping StartConnection answers a request that is no consent to shop. */
export const consent: Check = {
  id: 'SHOP-CONSENT',
  applies: (entry) => notConsent(entry) !== undefined && isObject(entry.exchange.body),
  problems: (entry) =>
    shoppingDirectives(entry.exchange.body).map(({ task, index }) => ({
      message: `${notConsent(entry) ?? 'the request'} was answered with a StartConnection to ${task} (directive ${index}): the customer gave no consent to shop`,
    })),
};

/** The task an entry's NoIntent declines (the decline probe of the consent family sets it). */
export const declinedTask = (entry: Entry): string | undefined =>
  typeof entry.meta['declines'] === 'string' ? entry.meta['declines'] : undefined;

/** true when the speech says something: words, or an audio clip. */
function speaks(speech: unknown): boolean {
  if (spokenText(speech) !== '') return true;
  return isObject(speech) && typeof speech['ssml'] === 'string' && /<audio\s[^>]*src\s*=\s*["'][^"']+["']/i.test(speech['ssml']);
}

/** Directives that start a task other than a shopping one: an in-skill purchase, or a connection to another task. */
const otherTasks = (body: unknown): string[] =>
  directivesOf(body)
    .filter((d) => d['type'] === 'Connections.SendRequest' || d['type'] === 'Connections.StartConnection')
    .map((d) => (d['type'] === 'Connections.SendRequest' ? `Connections.SendRequest ${String(d['name'])}` : `Connections.StartConnection ${String(d['uri'])}`));

/**
 * SHOP-DECLINE: the NoIntent sent in place of a configured confirmation gets spoken words and starts no
 * task. A shopping StartConnection there is SHOP-CONSENT's finding on the same entry, so it is judged there.
 */
export const decline: Check = {
  id: 'SHOP-DECLINE',
  applies: (entry) => declinedTask(entry) !== undefined && isObject(entry.exchange.body) && shoppingDirectives(entry.exchange.body).length === 0,
  problems: (entry) => {
    const problems: Problem[] = [];
    const response = responseOf(entry.exchange.body);
    const task = declinedTask(entry) ?? 'the task';
    if (!speaks(response?.['outputSpeech'])) {
      const ends = response?.['shouldEndSession'] === true;
      problems.push({
        message: `AMAZON.NoIntent in place of the confirmation of ${task} got no speech${ends ? ' and the session ended in silence' : ''}: a declined offer is answered in words`,
      });
    }
    for (const started of otherTasks(entry.exchange.body)) problems.push({ message: `AMAZON.NoIntent in place of the confirmation of ${task} started ${started}` });
    return problems;
  },
};

/** Where a directive carries attribution: "input", "products[0]", ... */
function attributionsOf(directive: Json): string[] {
  const input = directive['input'];
  if (!isObject(input)) return [];
  const at: string[] = input['attribution'] !== undefined ? ['input'] : [];
  const products = input['products'];
  if (Array.isArray(products))
    products.forEach((p, i) => {
      if (isObject(p) && p['attribution'] !== undefined) at.push(`products[${i}]`);
    });
  return at;
}

/**
 * What is wrong with one attribution of a directive, by the page's rules; [] when nothing is. An
 * attribution on the input of add to cart, buy or add to list is outside their schemas: the schemas
 * route that error here (x-requirements), so it is read from there, not judged twice.
 */
function attributionFaults({ task }: TaskDirective, at: string, ctx: CheckContext): string[] {
  const faults: string[] = [];
  if (!ctx.associates) faults.push('the config does not mark the skill as an Associates member (associates: true)');
  if (task === 'AddToList' && at !== 'input') faults.push('AddToList takes no attribution');
  if (task === 'RecommendShoppingProducts' && at !== 'input') faults.push('RecommendShoppingProducts takes it on input, where it applies to all products');
  return faults;
}

/** SHOP-ATTRIBUTION: attribution only for Associates members, never on AddToList, on Recommend's input only. */
export const attribution: Check = {
  id: 'SHOP-ATTRIBUTION',
  applies: (entry) => shoppingDirectives(entry.exchange.body).length > 0,
  problems: (entry, _trace, ctx) =>
    shoppingDirectives(entry.exchange.body).flatMap((d) => [
      ...attributionsOf(d.directive).flatMap((at) => {
        const faults = attributionFaults(d, at, ctx);
        return faults.length ? [{ message: `${d.task} directive ${d.index}: attribution on ${at}: ${faults.join('; ')}` }] : [];
      }),
      ...directiveErrorsFor(d, 'SHOP-ATTRIBUTION').map((error) => ({ message: `${d.task} directive ${d.index}: ${error}: the page places no attribution there` })),
    ]),
};

export const consentChecks: Check[] = [consent, decline, attribution];
