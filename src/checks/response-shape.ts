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

export const speechOf = (body: unknown): string => spokenText(responseOf(body)?.['outputSpeech']);

export function repromptSpeechOf(body: unknown): string {
  const reprompt = responseOf(body)?.['reprompt'];
  return isObject(reprompt) ? spokenText(reprompt['outputSpeech']) : '';
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
