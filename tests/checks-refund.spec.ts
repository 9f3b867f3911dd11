/** REFUND-GUIDANCE on hand-built traces: "direct the customer to review the order in their Amazon account on the Amazon retail page". */
import { expect, test } from '@playwright/test';
import { unjudgedReasons } from '../src/requirements/unjudged.js';
import { notApplicableNote } from '../src/report/notes.js';
import { bodyOf, CTX, entryOf, problemsOf, traceOf } from './helpers/traces.js';

const guidance = (body: unknown, locale = 'en-US') => problemsOf('REFUND-GUIDANCE', traceOf([entryOf('refund', body, { locale })]))[0];

test('"Amazon orders cannot be refunded. Goodbye." does not direct the customer to their account: fail', () => {
  const problems = guidance(bodyOf('Amazon orders cannot be refunded. Goodbye.'));
  expect(problems).toHaveLength(1);
  expect(problems?.[0]).toContain('account');
});

test('guidance to the orders in the Amazon account passes', () => {
  expect(guidance(bodyOf('Please go to the orders section of your Amazon account to review or cancel your order.'))).toEqual([]);
  expect(guidance(bodyOf('To return something, review your order under Your Orders on Amazon dot com.'))).toEqual([]);
});

test('guidance in ja-JP with Amazon in Latin letters or katakana passes', () => {
  expect(guidance(bodyOf('返品や返金については、Amazonアカウントの注文履歴でご注文を確認してください。'), 'ja-JP')).toEqual([]);
  expect(guidance(bodyOf('返金については、アマゾンのアカウントで注文を確認してください。'), 'ja-JP')).toEqual([]);
  expect(guidance(bodyOf('返金はできません。'), 'ja-JP')).toHaveLength(1);
});

test('guidance in hi-IN with Amazon in Devanagari passes', () => {
  expect(guidance(bodyOf('रिफ़ंड के लिए कृपया अपने अमेज़न खाते में अपना ऑर्डर देखें।'), 'hi-IN')).toEqual([]);
  expect(guidance(bodyOf('रिफ़ंड के लिए कृपया अपने अमेज़न अकाउंट में ऑर्डरों की समीक्षा करें।'), 'hi-IN')).toEqual([]);
  expect(guidance(bodyOf('रिफ़ंड संभव नहीं है।'), 'hi-IN')).toHaveLength(1);
});

test('guidance in a card counts; a response with nothing to hear or read fails', () => {
  const card = bodyOf('I have sent the details to your Alexa app.', { card: { type: 'Simple', title: 'Refunds', content: 'Review the order in your Amazon account.' } });
  expect(guidance(card)).toEqual([]);
  expect(guidance(bodyOf(undefined))).toEqual(['the refund intent got no speech, reprompt or card']);
});

test('the words must stand in one text, not spread over speech and card', () => {
  const spread = bodyOf('Amazon handles refunds.', { card: { type: 'Simple', title: 'Refunds', content: 'Check your account.' } });
  expect(guidance(spread)).toHaveLength(1);
});

test('a locale without refund words is not judged, with the reason', () => {
  const trace = traceOf([entryOf('refund', bodyOf('راجع طلبك في حساب أمازون'), { locale: 'ar-SA' })]);
  expect(problemsOf('REFUND-GUIDANCE', trace)[0]).toEqual([]);
  expect(unjudgedReasons([trace], CTX, () => true)['REFUND-GUIDANCE']).toBe(
    'the lexicon has no amazon, order, account words for ar-SA (add them under `lexicon` in the config)',
  );
});

test("the report's note gives the reason when nothing was judged", () => {
  const why = 'the lexicon has no amazon, order, account words for ar-SA (add them under `lexicon` in the config)';
  const results = [{ family: 'refund', probes: 1, observedTasks: [], requirements: {}, unjudged: { 'REFUND-GUIDANCE': why } }];
  expect(notApplicableNote('REFUND-GUIDANCE', { results, selected: () => true })).toBe(`not judged: ${why}`);
});
