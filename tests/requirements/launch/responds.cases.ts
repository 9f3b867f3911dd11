import { skillCases } from '../../helpers/check-cases.js';
import { emptyResponse } from '../../helpers/exchanges.js';
import { bodyOf, entryOf, traceOf } from '../../helpers/traces.js';

export default skillCases([
  { name: 'a welcome', trace: traceOf([entryOf('launch', bodyOf('Welcome to the trail shop. What do you need?'))]), fires: false },
  { name: 'an <audio> clip alone makes a sound', trace: traceOf([entryOf('launch', bodyOf('<audio src="https://cdn.example.com/chime.mp3"/>'))]), fires: false },
  { name: 'no outputSpeech', trace: traceOf([entryOf('launch', emptyResponse())]), fires: true, message: /^the LaunchRequest got no speech$/ },
  { name: 'SSML with only a pause', trace: traceOf([entryOf('launch', bodyOf('<break time="1s"/>'))]), fires: true, message: /got no speech/ },
  { name: 'a card but no speech', trace: traceOf([entryOf('launch', bodyOf(undefined, { card: { type: 'Simple', title: 'Welcome', content: 'Welcome.' } }))]), fires: true, message: /got no speech/ },
  { name: 'a silent answer to an intent is no launch', trace: traceOf([entryOf('step', emptyResponse())]), fires: false },
]);
