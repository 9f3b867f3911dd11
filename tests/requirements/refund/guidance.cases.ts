import { mergeLexicon, suiteLexicon } from '../../../src/checks/lexicon.js';
import { skillCases } from '../../helpers/check-cases.js';
import { emptyResponse } from '../../helpers/exchanges.js';
import { bodyOf, CTX, entryOf, traceOf } from '../../helpers/traces.js';

const refund = (body: unknown, locale = 'en-US') => traceOf([entryOf('refund', body, { locale })]);
const card = (content: string) => ({ card: { type: 'Simple', title: 'Refunds', content } });

export default skillCases([
  { name: 'the order in the Amazon account, spoken', trace: refund(bodyOf('Please go to the orders section of your Amazon account to review your order.')), fires: false },
  { name: 'the guidance in a card', trace: refund(bodyOf('I have sent the details to your Alexa app.', card('Review the order in your Amazon account.'))), fires: false },
  { name: 'the guidance in ja-JP, Amazon in katakana', trace: refund(bodyOf('返金については、アマゾンのアカウントで注文を確認してください。'), 'ja-JP'), fires: false },
  {
    name: 'a refusal that names Amazon and orders but no account',
    trace: refund(bodyOf('Amazon orders cannot be refunded. Goodbye.')),
    fires: true,
    message: /^the refund answer does not direct the customer to the order in their Amazon account \(the outputSpeech names no account word of en-US\): "Amazon orders cannot be refunded\. Goodbye\."$/,
  },
  {
    name: 'the words spread over speech and card, none naming all three',
    trace: refund(bodyOf('Amazon handles refunds.', card('Check your account.'))),
    fires: true,
    message: /does not direct the customer/,
  },
  { name: 'nothing to hear or read', trace: refund(emptyResponse()), fires: true, message: /^the refund intent got no speech, reprompt or card$/ },
  { name: 'a locale the lexicon has no words for is not judged', trace: refund(bodyOf('راجع طلبك في حساب أمازون'), 'ar-SA'), fires: false },
  {
    name: 'the config\'s lexicon adds that locale',
    trace: refund(bodyOf('لا يمكن استرداد الأموال'), 'ar-SA'),
    ctx: { ...CTX, lexicon: mergeLexicon(suiteLexicon(), { 'ar-SA': { amazon: ['أمازون'], order: ['طلب*'], account: ['حساب*'] } }) },
    fires: true,
    message: /names no amazon, order, account word of ar-SA/,
  },
]);
