import type { Directive, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { invokeHandler, type LambdaStyleHandler } from '../../fixtures/skills/serve.js';

/** Invokes a handler and returns its answer as it would cross the wire: keys set to undefined disappear, as in Lambda's JSON. */
export async function ask(handler: LambdaStyleHandler, request: RequestEnvelope): Promise<ResponseEnvelope> {
  return JSON.parse(JSON.stringify(await invokeHandler(handler, request))) as ResponseEnvelope;
}

function ssmlOf(speech: unknown): string {
  return typeof speech === 'object' && speech !== null && 'ssml' in speech && typeof speech.ssml === 'string' ? speech.ssml : '';
}

export const speechOf = (envelope: ResponseEnvelope): string => ssmlOf(envelope.response.outputSpeech);
export const repromptOf = (envelope: ResponseEnvelope): string => ssmlOf(envelope.response.reprompt?.outputSpeech);
export const directivesOf = (envelope: ResponseEnvelope): Directive[] => envelope.response.directives ?? [];

/** The text inside <speak>, with the root checked: the skill writes no inner tags, so any < or > or bare & inside is an escaping fault. */
export function speakText(ssml: string): string {
  const match = /^<speak>([\s\S]*)<\/speak>$/.exec(ssml);
  if (!match) throw new Error(`not one <speak> root: ${ssml.slice(0, 80)}`);
  const inner = match[1] ?? '';
  if (/[<>]|&(?!(amp|lt|gt|quot|apos);)/.test(inner)) throw new Error(`unescaped markup in speech: ${inner.slice(0, 80)}`);
  return inner;
}
