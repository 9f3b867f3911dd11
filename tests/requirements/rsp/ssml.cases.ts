import { skillCases } from '../../helpers/check-cases.js';
import { bodyOf, entryOf, ssml, traceOf } from '../../helpers/traces.js';

const says = (inner: string, reprompt?: string) =>
  traceOf([entryOf('launch', bodyOf(inner, reprompt === undefined ? {} : { reprompt: { outputSpeech: ssml(reprompt) } }))]);
const clips = (n: number) => '<audio src="https://cdn.example.com/chime.mp3"/>'.repeat(n);

export default skillCases([
  { name: 'supported tags with their attributes', trace: says('Welcome. <break time="1s"/> <emphasis level="strong">Ready?</emphasis>'), fires: false },
  { name: 'a tag left open', trace: says('Welcome. <break time="1s">'), fires: true, message: /^outputSpeech SSML is not well-formed: .*unexpected close tag/ },
  { name: 'a tag Alexa does not support', trace: says('<foo>Welcome.</foo>'), fires: true, message: /^outputSpeech SSML: <foo> is not a tag Alexa supports$/ },
  { name: 'an <audio> clip over http', trace: says('<audio src="http://cdn.example.com/chime.mp3"/>'), fires: true, message: /is not served over https/ },
  { name: 'five <audio> clips between speech and reprompt', trace: says(clips(3), clips(2)), fires: false },
  { name: 'six <audio> clips between speech and reprompt', trace: says(clips(3), clips(3)), fires: true, message: /^the response has 6 <audio> clips; Alexa plays at most 5 in a response$/ },
  {
    name: 'plain-text speech has no SSML to judge',
    trace: traceOf([entryOf('launch', { version: '1.0', response: { outputSpeech: { type: 'PlainText', text: '<foo>' } } })]),
    fires: false,
  },
]);
