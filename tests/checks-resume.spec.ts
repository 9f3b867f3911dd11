/** RESUME-* on hand-built traces: each response is one issue 11 names, with the verdict the page's sentence gives. */
import { expect, test } from '@playwright/test';
import { mergeLexicon, suiteLexicon } from '../src/checks/lexicon.js';
import { ASSOCIATES_RESULT } from '../src/checks/tasks.js';
import type { Entry, EntryMeta } from '../src/checks/types.js';
import { unjudgedReasons } from '../src/requirements/unjudged.js';
import { appliesTo, bodyOf, CTX, entryOf, problemsOf, traceOf } from './helpers/traces.js';

const NO_OFFERS = { code: 'AlexaShopping.NoOffersFound', message: 'No offers were found for the product' };
const failedMeta: EntryMeta = { task: 'BuyShoppingProducts', statusCode: '200', result: NO_OFFERS, token: 'issued', session: 'continued', successAt: 0 };
const success = (body: unknown): Entry => entryOf('resume', body, { meta: { task: 'BuyShoppingProducts', statusCode: '200', token: 'issued', session: 'continued' } });
const failure = (body: unknown, locale = 'en-US', meta: EntryMeta = failedMeta): Entry => entryOf('resume', body, { meta, locale });

/** RESUME-SILENT-ERROR's problems at the failed resume (entry 1). */
const silent = (body: unknown, locale?: string, ctx = CTX) => problemsOf('RESUME-SILENT-ERROR', traceOf([success(bodyOf('Done.')), failure(body, locale)]), ctx)[1];

test.describe('RESUME-SILENT-ERROR', () => {
  test('an error announcement after a failed task fails ("Don\'t notify the customer about the error")', () => {
    const problems = silent(bodyOf('Sorry, something went wrong with adding that to your cart, try again later'));
    expect(problems).toHaveLength(1);
    expect(problems?.[0]).toContain('went wrong');
  });

  test('the announcement in the reprompt or a card fails too', () => {
    const inReprompt = bodyOf('What else can I help you with?', { reprompt: { outputSpeech: { type: 'PlainText', text: 'That failed. What else?' } } });
    expect(silent(inReprompt)?.[0]).toContain('reprompt');
    const inCard = bodyOf('What else can I help you with?', { card: { type: 'Simple', title: 'Cart', content: 'There was an error adding the mat.' } });
    expect(silent(inCard)?.[0]).toContain('card.content');
    const inTitle = bodyOf('What else can I help you with?', { card: { type: 'Standard', title: 'Error', text: 'Yoga mat' } });
    expect(silent(inTitle)?.[0]).toContain('card.title');
  });

  test('reading out the result code or message still fails', () => {
    expect(silent(bodyOf('No offers were found for the product. What else?'))).toHaveLength(1);
    expect(silent(bodyOf('Result: no offers found.'))).toHaveLength(1);
  });

  test('after a failed cart or list task the skill may handle the error in its own words: the page asks for silence after a failed purchase only', () => {
    const cart = failure(bodyOf('Sorry, something went wrong with adding that to your cart, try again later'), 'en-US', { ...failedMeta, task: 'AddToShoppingCart' });
    const trace = traceOf([success(bodyOf('Done.')), cart]);
    expect(appliesTo('RESUME-SILENT-ERROR', trace, 1)).toBe(false);
    expect(problemsOf('RESUME-SILENT-ERROR', traceOf([success(bodyOf('Done.')), failure(bodyOf('Sorry, something went wrong with buying that, try again later'))]))[1]).toHaveLength(1);
  });

  test('a neutral continuation passes', () => {
    expect(silent(bodyOf('What else can I help you with?'))).toEqual([]);
    expect(silent(bodyOf("Okay, let's keep going. What would you like to do next?"))).toEqual([]);
  });

  test('other locales use their own words', () => {
    expect(silent(bodyOf('Leider ist ein Fehler aufgetreten.'), 'de-DE')).toHaveLength(1);
    expect(silent(bodyOf('Was kann ich sonst für dich tun?'), 'de-DE')).toEqual([]);
    expect(silent(bodyOf('カートに追加できませんでした。'), 'ja-JP')).toHaveLength(1);
    expect(silent(bodyOf('ほかに何をしましょうか?'), 'ja-JP')).toEqual([]);
  });

  test('"no problem" in any language tells of no error; a problem that happened does', () => {
    const noProblem: [string, string][] = [
      ['de-DE', 'Kein Problem, dann vielleicht ein anderes Mal. Was möchtest du sonst?'],
      ['de-DE', 'Das geht problemlos. Was noch?'],
      ['fr-FR', 'Pas de problème. Que voulez-vous faire ensuite ?'],
      ['it-IT', 'Nessun problema. Cosa vuoi fare adesso?'],
      ['es-ES', 'No hay problema. ¿Qué más quieres hacer?'],
      ['pt-BR', 'Sem problema. O que mais você quer fazer?'],
      ['hi-IN', 'कोई समस्या नहीं। आप आगे क्या करना चाहेंगे?'],
    ];
    for (const [locale, text] of noProblem) expect(silent(bodyOf(text), locale), `${locale}: ${text}`).toEqual([]);
    const problem: [string, string][] = [
      ['de-DE', 'Es gab ein Problem mit deiner Bestellung.'],
      ['fr-FR', 'Il y a eu un problème avec votre commande.'],
      ['it-IT', "C'è stato un problema con il tuo ordine."],
      ['es-ES', 'Hubo un problema con tu pedido.'],
      ['pt-BR', 'Houve um problema com o seu pedido.'],
      ['hi-IN', 'आपके ऑर्डर में समस्या हुई।'],
    ];
    for (const [locale, text] of problem) expect(silent(bodyOf(text), locale), `${locale}: ${text}`).toHaveLength(1);
  });

  test('a locale the lexicon has no words for is not judged, with the reason', () => {
    const trace = traceOf([success(bodyOf('Done.')), failure(bodyOf('Something went wrong.'), 'ar-SA')]);
    expect(problemsOf('RESUME-SILENT-ERROR', trace)[1]).toEqual([]);
    expect(unjudgedReasons([trace], CTX, () => true)['RESUME-SILENT-ERROR']).toContain('no errorAnnouncement words for ar-SA');
  });

  test("the config's lexicon adds a locale", () => {
    const lexicon = mergeLexicon(suiteLexicon(), { 'ar-SA': { errorAnnouncement: ['خطأ'] } });
    expect(silent(bodyOf('حدث خطأ'), 'ar-SA', { ...CTX, lexicon })).toHaveLength(1);
    expect(silent(bodyOf('ماذا تريد أن تفعل؟'), 'ar-SA', { ...CTX, lexicon })).toEqual([]);
  });
});

test.describe('RESUME-DISTINGUISHES-RESULT', () => {
  const distinguishes = (ok: unknown, failed: unknown) => problemsOf('RESUME-DISTINGUISHES-RESULT', traceOf([success(ok), failure(failed)]))[1];

  test('the same speech with other session attributes alters the flow: pass', () => {
    expect(distinguishes(bodyOf('What next?', {}, { cart: 'B0000000A1' }), bodyOf('What next?', {}, { cart: null, retry: 'offer' }))).toEqual([]);
  });

  test('the same speech with another directive alters the flow: pass', () => {
    const delegate = { directives: [{ type: 'Dialog.ElicitSlot', slotToElicit: 'item', updatedIntent: { name: 'AddToCartIntent', confirmationStatus: 'NONE' } }] };
    expect(distinguishes(bodyOf('What next?'), bodyOf('What next?', delegate))).toEqual([]);
  });

  test('the same speech, attributes and directives: fail', () => {
    expect(distinguishes(bodyOf('What next?', {}, { a: 1 }), bodyOf('What next?', {}, { a: 1 }))).toHaveLength(1);
  });

  test('the Associates result, which "doesn\'t impact the requested shopping action", may be answered as success', () => {
    const associates = failure(bodyOf('Enjoy your new book!'), 'en-US', { ...failedMeta, result: { ...ASSOCIATES_RESULT } });
    const trace = traceOf([success(bodyOf('Enjoy your new book!')), associates]);
    expect(appliesTo('RESUME-DISTINGUISHES-RESULT', trace, 1)).toBe(false);
  });
});

test.describe('RESUME-CONTINUES', () => {
  const continues = (body: unknown) => problemsOf('RESUME-CONTINUES', traceOf([success(body)]))[0];

  test('an <audio> clip alone is not silence', () => {
    expect(continues(bodyOf('<audio src="https://cdn.example.com/chime.mp3"/>'))).toEqual([]);
  });

  test('empty speech with the session open is silence', () => {
    expect(continues(bodyOf(''))).toHaveLength(1);
    expect(continues(bodyOf('<break time="1s"/>'))).toHaveLength(1);
  });
});
