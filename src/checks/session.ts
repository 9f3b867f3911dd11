/** LAUNCH-*, SESSION-*, EXC-*: how the skill answers Alexa's own request types. */
import { rspProblems } from './response.js';
import { isObject, saysOrDoesAnything, speaks } from './response-shape.js';
import type { Check, Entry } from './types.js';

const requestType = (entry: Entry): unknown => {
  const request = isObject(entry.exchange.request) ? entry.exchange.request['request'] : undefined;
  return isObject(request) ? request['type'] : undefined;
};
const answeredWithBody = (entry: Entry): boolean => isObject(entry.exchange.body);

/** LAUNCH-RESPONDS: a LaunchRequest gets outputSpeech that makes a sound: words or an <audio> clip (Request Types Reference, "LaunchRequest"). */
export const launchResponds: Check = {
  id: 'LAUNCH-RESPONDS',
  applies: (entry) => entry.role === 'launch' && answeredWithBody(entry),
  problems: ({ exchange }) => (!speaks(exchange.body) ? [{ message: 'the LaunchRequest got no speech' }] : []),
};

/** SESSION-ENDED-SILENT: a SessionEndedRequest gets no outputSpeech, reprompt, card or directives. */
export const sessionEndedSilent: Check = {
  id: 'SESSION-ENDED-SILENT',
  applies: (entry) => requestType(entry) === 'SessionEndedRequest' && answeredWithBody(entry),
  problems: ({ exchange }) =>
    saysOrDoesAnything(exchange.body).map((what) => ({ message: `the response to SessionEndedRequest carries ${what}` })),
};

/** EXC-HANDLED: System.ExceptionEncountered of each error.type gets a response that passes RSP-*. */
export const exceptionHandled: Check = {
  id: 'EXC-HANDLED',
  applies: (entry) => entry.role === 'exception',
  problems: rspProblems,
};

/** EXC-SILENT: that response has no outputSpeech, reprompt, card or directives. */
export const exceptionSilent: Check = {
  id: 'EXC-SILENT',
  applies: (entry) => entry.role === 'exception' && answeredWithBody(entry),
  problems: ({ exchange }) =>
    saysOrDoesAnything(exchange.body).map((what) => ({ message: `the response to System.ExceptionEncountered carries ${what}` })),
};

export const sessionChecks: Check[] = [launchResponds, sessionEndedSilent, exceptionHandled, exceptionSilent];
