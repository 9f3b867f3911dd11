/** Readers of a response body that every check family shares. Bodies are untrusted JSON. */

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** body.response, when the body has one. */
export function responseOf(body: unknown): Json | undefined {
  return isObject(body) && isObject(body['response']) ? body['response'] : undefined;
}

/** Every directive of the response (not the reprompt's). */
export function directivesOf(body: unknown): Json[] {
  const list = responseOf(body)?.['directives'];
  return Array.isArray(list) ? list.filter(isObject) : [];
}

/** Every directive a response carries, wherever it stands: the response's own and the reprompt's. */
export function everyDirectiveOf(body: unknown): { where: 'directives' | 'reprompt.directives'; directive: Json }[] {
  const reprompt = responseOf(body)?.['reprompt'];
  const inReprompt = isObject(reprompt) && Array.isArray(reprompt['directives']) ? reprompt['directives'].filter(isObject) : [];
  return [
    ...directivesOf(body).map((directive) => ({ where: 'directives' as const, directive })),
    ...inReprompt.map((directive) => ({ where: 'reprompt.directives' as const, directive })),
  ];
}

export const startConnections = (body: unknown): Json[] =>
  directivesOf(body).filter((d) => d['type'] === 'Connections.StartConnection');

/** The text a speech object says, SSML tags stripped and entities decoded; '' when there is none. */
export function spokenText(speech: unknown): string {
  if (!isObject(speech)) return '';
  if (speech['type'] === 'PlainText' && typeof speech['text'] === 'string') return speech['text'].trim();
  if (speech['type'] === 'SSML' && typeof speech['ssml'] === 'string')
    return speech['ssml']
      .replace(/<[^>]*>/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim();
  return '';
}

/** Whether a speech object makes a sound: words, or an SSML <audio> clip with a source. */
function audibleSpeech(speech: unknown): boolean {
  if (spokenText(speech) !== '') return true;
  return isObject(speech) && speech['type'] === 'SSML' && typeof speech['ssml'] === 'string' && /<audio\b[^>]*\bsrc\s*=\s*["']\s*[^"'\s]/.test(speech['ssml']);
}

/** Whether the response's outputSpeech makes a sound (an <audio> clip alone is not silence). */
export const speaks = (body: unknown): boolean => audibleSpeech(responseOf(body)?.['outputSpeech']);

const speechOf = (body: unknown): string => spokenText(responseOf(body)?.['outputSpeech']);

function repromptSpeechOf(body: unknown): string {
  const reprompt = responseOf(body)?.['reprompt'];
  return isObject(reprompt) ? spokenText(reprompt['outputSpeech']) : '';
}

/**
 * Every text the customer hears or reads: outputSpeech, the reprompt's speech, and the card's title,
 * content (Simple) and text (Standard). Empty ones are left out.
 */
export function wordsOf(body: unknown): { where: string; text: string }[] {
  const response = responseOf(body);
  const card = response?.['card'];
  const found: { where: string; text: string }[] = [
    { where: 'outputSpeech', text: speechOf(body) },
    { where: 'reprompt', text: repromptSpeechOf(body) },
  ];
  if (isObject(card)) for (const key of ['title', 'content', 'text'] as const) if (typeof card[key] === 'string') found.push({ where: `card.${key}`, text: card[key].trim() });
  return found.filter((w) => w.text !== '');
}

/** true when the response carries outputSpeech, reprompt, card or any directive. */
export function saysOrDoesAnything(body: unknown): string[] {
  const response = responseOf(body);
  if (!response) return [];
  const found: string[] = [];
  for (const key of ['outputSpeech', 'reprompt', 'card'] as const) if (response[key] !== undefined && response[key] !== null) found.push(key);
  const directives = response['directives'];
  if (Array.isArray(directives) && directives.length > 0) found.push('directives');
  return found;
}

/** What a listener hears and sees: the parts of a response two answers are compared by. */
export function audible(body: unknown): string {
  const r = responseOf(body) ?? {};
  return JSON.stringify([r['outputSpeech'] ?? null, r['reprompt'] ?? null, r['card'] ?? null, r['directives'] ?? null, r['shouldEndSession'] ?? null]);
}

/** What decides the skill's next turn besides what it says: the session attributes it keeps. */
export function flowOf(body: unknown): string {
  const attributes = isObject(body) ? body['sessionAttributes'] : undefined;
  return `${audible(body)}${JSON.stringify(attributes ?? null)}`;
}
