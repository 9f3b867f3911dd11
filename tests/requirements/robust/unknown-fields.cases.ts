import type { Entry } from '../../../src/checks/types.js';
import { skillCases } from '../../helpers/check-cases.js';
import { httpStatus } from '../../helpers/exchanges.js';
import { bodyOf, entryOf, traceOf } from '../../helpers/traces.js';

const INJECTED = ['request.shouldLinkResultBeReturned', 'context.Extra'];
const original = (body: unknown): Entry => entryOf('robust-original', body);
const variant = (body: unknown): Entry => entryOf('robust-variant', body, { meta: { originalAt: 0, injected: INJECTED } });
const noVersion = { response: { outputSpeech: { type: 'PlainText', text: 'Welcome.' } } };

export default skillCases([
  { name: 'the same good answer with and without unknown properties', trace: traceOf([original(bodyOf('Welcome.')), variant(bodyOf('Welcome.'))]), fires: false },
  { name: 'another good answer with unknown properties', trace: traceOf([original(bodyOf('Welcome.')), variant(bodyOf('Welcome back.'))]), fires: false },
  {
    name: 'an envelope error only with unknown properties',
    trace: traceOf([original(bodyOf('Welcome.')), variant(noVersion)]),
    fires: true,
    message: /^with unknown properties at request\.shouldLinkResultBeReturned, context\.Extra the response fails RSP-ENVELOPE \(.*'version'\); without them it passes$/,
  },
  {
    name: 'HTTP 500 only with unknown properties',
    trace: traceOf([original(bodyOf('Welcome.')), { ...httpStatus('robust-variant', 500), meta: { originalAt: 0, injected: INJECTED } }]),
    fires: true,
    message: /fails RSP-HTTP \(HTTP 500, expected 200\)/,
  },
  { name: 'the same envelope error with and without them is not the unknown properties\' doing', trace: traceOf([original(noVersion), variant(noVersion)]), fires: false },
  { name: 'a variant whose original is missing from the trace', trace: traceOf([entryOf('robust-variant', noVersion, { meta: { originalAt: 3, injected: INJECTED } })]), fires: false },
]);
