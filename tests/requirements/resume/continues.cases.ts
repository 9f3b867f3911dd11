import { skillCases } from '../../helpers/check-cases.js';
import { emptyResponse, startConnection } from '../../helpers/exchanges.js';
import { bodyOf, entryOf, traceOf } from '../../helpers/traces.js';

const resumed = (body: unknown) => traceOf([entryOf('resume', body)]);

export default skillCases([
  { name: 'it speaks', trace: resumed(bodyOf('Added to your cart. What else?')), fires: false },
  { name: 'an <audio> clip alone is not silence', trace: resumed(bodyOf('<audio src="https://cdn.example.com/chime.mp3"/>')), fires: false },
  { name: 'silent, but it ends the session', trace: resumed({ version: '1.0', response: { shouldEndSession: true } }), fires: false },
  { name: 'silent, but it starts another task', trace: resumed(bodyOf(undefined, { directives: [startConnection('AddToList', 'B000000001')] })), fires: false },
  { name: 'silent with the session open', trace: resumed(emptyResponse()), fires: true, message: /^the response is silent and leaves the session open$/ },
  { name: 'only a pause, with the session open', trace: resumed(bodyOf('<break time="1s"/>', { shouldEndSession: false })), fires: true, message: /silent and leaves the session open/ },
  { name: 'a silent launch is no resume', trace: traceOf([entryOf('launch', emptyResponse())]), fires: false },
]);
