import { mergeLexicon, suiteLexicon } from '../../../src/checks/lexicon.js';
import { skillCases } from '../../helpers/check-cases.js';
import { FAILED_PURCHASE, failed, succeeded } from '../../helpers/resume.js';
import { bodyOf, CTX, traceOf } from '../../helpers/traces.js';

const after = (body: unknown, locale = 'en-US', meta = FAILED_PURCHASE) => traceOf([succeeded(bodyOf('Done.')), failed(body, meta, locale)]);

export default skillCases([
  { name: 'a neutral continuation', trace: after(bodyOf("Okay, let's keep going. What would you like to do next?")), fires: false },
  {
    name: 'an error announcement',
    trace: after(bodyOf('Sorry, something went wrong with buying that, try again later')),
    fires: true,
    message: /^the outputSpeech tells the customer about the error \("went wrong"\)/,
  },
  {
    name: 'the announcement in a card\'s title',
    trace: after(bodyOf('What else can I help you with?', { card: { type: 'Standard', title: 'Error', text: 'Yoga mat' } })),
    fires: true,
    message: /^the card\.title tells the customer about the error/,
  },
  { name: 'the result\'s message read out', trace: after(bodyOf('No offers were found for the product. What else?')), fires: true, message: /^the outputSpeech reads out the result: "no offers were found for the product"$/ },
  { name: 'the result\'s name read out in words', trace: after(bodyOf('Result: no offers found.')), fires: true, message: /reads out the result: "no offers found"/ },
  {
    name: 'after a failed cart task the skill may say so: the page asks for silence after a purchase only',
    trace: after(bodyOf('Sorry, something went wrong with adding that to your cart.'), 'en-US', { ...FAILED_PURCHASE, task: 'AddToShoppingCart' }),
    fires: false,
  },
  { name: 'de-DE uses its own words', trace: after(bodyOf('Leider ist ein Fehler aufgetreten.'), 'de-DE'), fires: true, message: /about the error \("fehler\*"\)/ },
  { name: 'a locale the lexicon has no words for is not judged', trace: after(bodyOf('Something went wrong.'), 'ar-SA'), fires: false },
  {
    name: 'the config\'s lexicon adds that locale',
    trace: after(bodyOf('حدث خطأ'), 'ar-SA'),
    ctx: { ...CTX, lexicon: mergeLexicon(suiteLexicon(), { 'ar-SA': { errorAnnouncement: ['خطأ'] } }) },
    fires: true,
    message: /\("خطأ"\)/,
  },
]);
