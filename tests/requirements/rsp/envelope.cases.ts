import { skillCases } from '../../helpers/check-cases.js';
import { bodyOf, entryOf, traceOf } from '../../helpers/traces.js';

export default skillCases([
  { name: 'a response with version and SSML speech', trace: traceOf([entryOf('launch', bodyOf('Welcome.'))]), fires: false },
  { name: 'no version', trace: traceOf([entryOf('launch', { response: { outputSpeech: { type: 'PlainText', text: 'Welcome.' } } })]), fires: true, message: /required property 'version'/ },
  {
    name: 'SSML speech without its ssml string',
    trace: traceOf([entryOf('launch', { version: '1.0', response: { outputSpeech: { type: 'SSML' } } })]),
    fires: true,
    message: /\/response\/outputSpeech must have required property 'ssml'/,
  },
  {
    name: 'speech over 8,000 characters is RSP-SPEECH-LENGTH\'s, not an envelope error',
    trace: traceOf([entryOf('launch', { version: '1.0', response: { outputSpeech: { type: 'PlainText', text: 'x'.repeat(8001) } } })]),
    fires: false,
  },
  { name: 'an answer that is no object at all is RSP-HTTP\'s', trace: traceOf([entryOf('launch', 'Welcome.')]), fires: false },
]);
