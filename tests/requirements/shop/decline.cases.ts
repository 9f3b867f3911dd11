import { skillCases } from '../../helpers/check-cases.js';
import { answerTo, handOverBody, intent, startConnection } from '../../helpers/shop.js';
import { bodyOf, traceOf } from '../../helpers/traces.js';

const DECLINES = { meta: { task: 'AddToShoppingCart' as const, declines: 'AddToShoppingCart' } };
const no = (body: unknown) => traceOf([answerTo(intent('AMAZON.NoIntent'), body, DECLINES)]);
const silent = (response: Record<string, unknown>) => ({ version: '1.0', response });

export default skillCases([
  { name: 'a decline answered kindly, the session open', trace: no(bodyOf("That's alright. What next?", { reprompt: { outputSpeech: { type: 'PlainText', text: 'What next?' } } })), fires: false },
  { name: 'a decline answered with a goodbye that ends the session', trace: no(bodyOf('No problem. Goodbye.', { shouldEndSession: true })), fires: false },
  { name: 'a decline answered with an audio clip', trace: no(silent({ outputSpeech: { type: 'SSML', ssml: '<speak><audio src="https://example.com/ok.mp3"/></speak>' } })), fires: false },
  {
    name: 'a decline that ends the session in silence',
    trace: no(silent({ shouldEndSession: true })),
    fires: true,
    message: /^AMAZON\.NoIntent in place of the confirmation of AddToShoppingCart got no speech and the session ended in silence: a declined offer is answered in words$/,
  },
  { name: 'a decline answered with empty SSML, the session open', trace: no(silent({ outputSpeech: { type: 'SSML', ssml: '<speak> </speak>' } })), fires: true, message: /got no speech: a declined offer/ },
  {
    name: 'a decline that starts an in-skill purchase',
    trace: no(bodyOf('Maybe this instead.', { directives: [{ type: 'Connections.SendRequest', name: 'Buy', payload: { InSkillProduct: { productId: 'p' } }, token: 't' }] })),
    fires: true,
    message: /^AMAZON\.NoIntent in place of the confirmation of AddToShoppingCart started Connections\.SendRequest Buy$/,
  },
  // A shopping task started there is SHOP-CONSENT's finding.
  { name: 'a decline answered with a cart hand-over', trace: no(handOverBody([startConnection('AddToShoppingCart')], { outputSpeech: undefined })), fires: false },
  { name: 'a NoIntent that declines nothing the family offered', trace: traceOf([answerTo(intent('AMAZON.NoIntent'), silent({ shouldEndSession: true }))]), fires: false },
]);
