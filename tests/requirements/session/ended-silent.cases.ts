import { skillCases } from '../../helpers/check-cases.js';
import { emptyResponse, startConnection } from '../../helpers/exchanges.js';
import { bodyOf, entryOf, traceOf } from '../../helpers/traces.js';

const ended = (body: unknown) => traceOf([entryOf('session-ended', body)]);

export default skillCases([
  { name: 'an empty response', trace: ended(emptyResponse()), fires: false },
  { name: 'only session attributes and shouldEndSession', trace: ended({ version: '1.0', sessionAttributes: { seen: true }, response: { shouldEndSession: true } }), fires: false },
  { name: 'a goodbye', trace: ended(bodyOf('Goodbye.')), fires: true, message: /^the response to SessionEndedRequest carries outputSpeech$/ },
  { name: 'a card', trace: ended(bodyOf(undefined, { card: { type: 'Simple', title: 'Bye', content: 'See you.' } })), fires: true, message: /carries card/ },
  { name: 'a shopping task', trace: ended(bodyOf(undefined, { directives: [startConnection('AddToShoppingCart', 'B000000001')] })), fires: true, message: /carries directives/ },
  { name: 'speech to an IntentRequest is no SessionEndedRequest\'s', trace: traceOf([entryOf('session-ended', bodyOf('Goodbye.'), { type: 'IntentRequest' })]), fires: false },
]);
