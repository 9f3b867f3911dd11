/** RSP-*: every response, every probe (Request and Response JSON Reference, "Response format"). */
import { envelopeErrorsFor } from './envelope.js';
import { isObject, responseOf } from './response-shape.js';
import type { Check, CheckContext, Entry, Problem, Trace } from './types.js';
import { readSsml, ssmlTags } from './ssml.js';

export const MAX_RESPONSE_BYTES = 24 * 1024;

const answered = (entry: Entry): boolean => !entry.exchange.timedOut;
const hasBody = (entry: Entry): boolean => entry.exchange.body !== undefined;
const each = (messages: string[]): Problem[] => messages.map((message) => ({ message }));

/** RSP-HTTP: HTTP 200 with a JSON object; a handler resolves with an object and does not throw. */
export const http: Check = {
  id: 'RSP-HTTP',
  applies: answered,
  problems: ({ exchange }) => {
    if (exchange.error !== undefined && exchange.body === undefined) return each([exchange.error]);
    if (exchange.status !== 200) return each([`HTTP ${exchange.status ?? 'no status'}, expected 200`]);
    if (!isObject(exchange.body)) return each([`the answer is JSON but not an object: ${JSON.stringify(exchange.body)?.slice(0, 80)}`]);
    return [];
  },
};

/**
 * RSP-ENVELOPE: the body validates as a response envelope. An answer that is not a JSON object at all is
 * RSP-HTTP's alone, as it is when a handler resolves undefined (no body), so both targets report it alike.
 */
export const envelope: Check = {
  id: 'RSP-ENVELOPE',
  applies: (entry) => isObject(entry.exchange.body),
  problems: ({ exchange }) => each(envelopeErrorsFor(exchange.body, 'RSP-ENVELOPE')),
};

/** RSP-TIME: answered within the timeout. */
export const time: Check = {
  id: 'RSP-TIME',
  applies: () => true,
  problems: ({ exchange }, _trace, ctx) =>
    exchange.timedOut || exchange.ms > ctx.timeoutMs ? each([`no answer within ${ctx.timeoutMs} ms`]) : [],
};

/** RSP-SPEECH-LENGTH: outputSpeech and reprompt speech at most 8,000 characters (the schema's maxLength). */
export const speechLength: Check = {
  id: 'RSP-SPEECH-LENGTH',
  applies: hasBody,
  problems: ({ exchange }) => each(envelopeErrorsFor(exchange.body, 'RSP-SPEECH-LENGTH')),
};

/** RSP-SIZE: the serialized response at most 24 KB. */
export const size: Check = {
  id: 'RSP-SIZE',
  applies: (entry) => hasBody(entry) || entry.exchange.bytes > 0,
  problems: ({ exchange }) =>
    exchange.bytes > MAX_RESPONSE_BYTES ? each([`the response is ${exchange.bytes} bytes; at most ${MAX_RESPONSE_BYTES} are allowed`]) : [],
};

/** The SSML strings of a response: outputSpeech and reprompt. */
function ssmlOf(body: unknown): { where: string; ssml: string }[] {
  const response = responseOf(body);
  const reprompt = response?.['reprompt'];
  const found: { where: string; ssml: string }[] = [];
  for (const [where, speech] of [
    ['outputSpeech', response?.['outputSpeech']],
    ['reprompt', isObject(reprompt) ? reprompt['outputSpeech'] : undefined],
  ] as const) {
    if (isObject(speech) && speech['type'] === 'SSML' && typeof speech['ssml'] === 'string') found.push({ where, ssml: speech['ssml'] });
  }
  return found;
}

/**
 * RSP-SSML: SSML speech is well-formed XML with one <speak> root and uses only what Alexa supports:
 * its tags with their attributes, <audio> over https, at most five <audio> in a response
 * (outputSpeech and reprompt together). Alexa refuses a response with SSML it does not support.
 */
export const ssml: Check = {
  id: 'RSP-SSML',
  applies: (entry) => ssmlOf(entry.exchange.body).length > 0,
  problems: ({ exchange }) => {
    const problems: Problem[] = [];
    let clips = 0;
    for (const { where, ssml: text } of ssmlOf(exchange.body)) {
      const reading = readSsml(text);
      if (reading.malformed) problems.push({ message: `${where} SSML is not well-formed: ${reading.malformed}` });
      for (const unsupported of new Set(reading.unsupported)) problems.push({ message: `${where} SSML: ${unsupported}` });
      clips += reading.audio.length;
    }
    const most = ssmlTags().audio.maxPerResponse;
    if (clips > most) problems.push({ message: `the response has ${clips} <audio> clips; Alexa plays at most ${most} in a response` });
    return problems;
  },
};

export const responseChecks: Check[] = [http, envelope, time, speechLength, size, ssml];

/** The RSP-* problems of one entry, each prefixed with its id: what the *-HANDLED requirements judge. */
export function rspProblems(entry: Entry, trace: Trace, ctx: CheckContext, at: number): Problem[] {
  return responseChecks.flatMap((check) =>
    check.applies(entry, trace, ctx) ? check.problems(entry, trace, ctx, at).map((p) => ({ message: `${check.id}: ${p.message}` })) : [],
  );
}
