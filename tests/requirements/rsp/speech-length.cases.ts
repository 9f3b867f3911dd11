import { skillCases } from '../../helpers/check-cases.js';
import { entryOf, traceOf } from '../../helpers/traces.js';

const plain = (text: string) => ({ type: 'PlainText', text });
const speaking = (speech: unknown, reprompt?: unknown) =>
  traceOf([entryOf('launch', { version: '1.0', response: { outputSpeech: speech, ...(reprompt ? { reprompt: { outputSpeech: reprompt } } : {}) } })]);

export default skillCases([
  { name: 'speech of 8,000 characters', trace: speaking(plain('x'.repeat(8000))), fires: false },
  { name: 'speech of 8,001 characters', trace: speaking(plain('x'.repeat(8001))), fires: true, message: /\/response\/outputSpeech\/text must NOT have more than 8000 characters/ },
  {
    name: 'a reprompt whose SSML, tags counted, is over 8,000 characters',
    trace: speaking(plain('Hi.'), { type: 'SSML', ssml: `<speak>${'x'.repeat(7990)}</speak>` }),
    fires: true,
    message: /\/response\/reprompt\/outputSpeech\/ssml must NOT have more than 8000/,
  },
]);
