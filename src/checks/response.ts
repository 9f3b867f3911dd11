/**
 * What Alexa accepts of a response, rule by rule (Request and Response JSON Reference, "Response format"). Each
 * RSP-* requirement judges one rule on every answer; the *-HANDLED requirements (and ROBUST-UNKNOWN-FIELDS) judge
 * all of them at once on the answers they care about, so the rules live here, once.
 */
import { envelopeErrorsFor } from './envelope.js';
import { isObject, responseOf } from './response-shape.js';
import type { Check, CheckContext, Entry, Problem, Trace } from './types.js';
import { readSsml, ssmlTags } from './ssml.js';

/** A check without its id: the requirement module that judges it names it. */
type Rule = Omit<Check, 'id'>;

const MAX_RESPONSE_BYTES = 24 * 1024;

const answered = (entry: Entry): boolean => !entry.exchange.timedOut;
const hasBody = (entry: Entry): boolean => entry.exchange.body !== undefined;
const each = (messages: string[]): Problem[] => messages.map((message) => ({ message }));

/** HTTP 200 with a JSON object; a handler resolves with an object and does not throw. */
export const answersWithObject: Rule = {
  applies: answered,
  problems: ({ exchange }) => {
    if (exchange.error !== undefined && exchange.body === undefined) return each([exchange.error]);
    if (exchange.status !== 200) return each([`HTTP ${exchange.status ?? 'no status'}, expected 200`]);
    if (!isObject(exchange.body)) return each([`the answer is JSON but not an object: ${JSON.stringify(exchange.body)?.slice(0, 80)}`]);
    return [];
  },
};

/**
 * The body validates as a response envelope. An answer that is not a JSON object at all is RSP-HTTP's alone, as it
 * is when a handler resolves undefined (no body), so both targets report it alike.
 */
export const validEnvelope: Rule = {
  applies: (entry) => isObject(entry.exchange.body),
  problems: ({ exchange }) => each(envelopeErrorsFor(exchange.body, 'RSP-ENVELOPE')),
};

/** Answered within the timeout. */
export const answersInTime: Rule = {
  applies: () => true,
  problems: ({ exchange }, _trace, ctx) =>
    exchange.timedOut || exchange.ms > ctx.timeoutMs ? each([`no answer within ${ctx.timeoutMs} ms`]) : [],
};

/** outputSpeech and reprompt speech at most 8,000 characters (the schema's maxLength). */
export const speechWithinLength: Rule = {
  applies: hasBody,
  problems: ({ exchange }) => each(envelopeErrorsFor(exchange.body, 'RSP-SPEECH-LENGTH')),
};

/** The serialized response at most 24 KB. */
export const withinSize: Rule = {
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
 * SSML speech is well-formed XML with one <speak> root and uses only what Alexa supports: its tags with their
 * attributes, <audio> over https, at most five <audio> in a response (outputSpeech and reprompt together). Alexa
 * refuses a response with SSML it does not support.
 */
export const supportedSsml: Rule = {
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

/**
 * Each rule with the id of the requirement that judges it, in the order rspProblems reports them
 * (tests/response-rules.spec.ts holds the list to the RSP-* modules).
 */
export const RESPONSE_RULES: readonly (readonly [string, Rule])[] = [
  ['RSP-HTTP', answersWithObject],
  ['RSP-ENVELOPE', validEnvelope],
  ['RSP-TIME', answersInTime],
  ['RSP-SPEECH-LENGTH', speechWithinLength],
  ['RSP-SIZE', withinSize],
  ['RSP-SSML', supportedSsml],
];

/** The RSP-* problems of one entry, each prefixed with its id: what the *-HANDLED requirements judge. */
export function rspProblems(entry: Entry, trace: Trace, ctx: CheckContext, at: number): Problem[] {
  return RESPONSE_RULES.flatMap(([id, rule]) =>
    rule.applies(entry, trace, ctx) ? rule.problems(entry, trace, ctx, at).map((p) => ({ message: `${id}: ${p.message}` })) : [],
  );
}

/** The RSP-* ids an entry fails, each with its first problem's message. */
export function rspFailures(entry: Entry, trace: Trace, ctx: CheckContext, at: number): Map<string, string> {
  const fails = new Map<string, string>();
  for (const [id, rule] of RESPONSE_RULES) {
    if (!rule.applies(entry, trace, ctx)) continue;
    const first = rule.problems(entry, trace, ctx, at)[0];
    if (first) fails.set(id, first.message);
  }
  return fails;
}
