/** The lexicon: the suite's file validates, covers the locales the checks promise, and words match as whole words. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { mergeLexicon, missingLists, occurs, suiteLexicon } from '../src/checks/lexicon.js';
import { validate } from '../src/schema/ajv.js';
import { schemasDir } from '../src/schema/paths.js';

const file = JSON.parse(readFileSync(join(schemasDir(), 'lexicon.json'), 'utf8')) as { lists: Record<string, unknown>; locales: Record<string, Record<string, string[]>> };

test('schemas/lexicon.json validates against its schema, and every key of its locales is a locale', () => {
  expect(validate('lexicon', file)).toEqual([]);
  expect(Object.keys(file.locales).filter((locale) => !/^[a-z]{2}-[A-Z]{2}$/.test(locale))).toEqual([]);
});

test('every promised locale has every list, and every list is described with its sentence', () => {
  for (const locale of ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'it-IT', 'es-ES', 'ja-JP', 'hi-IN', 'pt-BR'])
    expect(missingLists(suiteLexicon(), locale, Object.keys(file.lists)), locale).toBeUndefined();
  for (const lists of Object.values(file.locales)) for (const name of Object.keys(lists)) expect(Object.keys(file.lists)).toContain(name);
});

test('a word matches whole, case-insensitively; a trailing * lets it go on', () => {
  expect(occurs('There was an ERROR.', 'error')).toBe(true);
  expect(occurs('a terrorist plot', 'error')).toBe(false);
  expect(occurs('Your orders are there', 'order')).toBe(false);
  expect(occurs('Your orders are there', 'order*')).toBe(true);
  expect(occurs('It didn’t work', "didn't work")).toBe(true);
});

test('Japanese matches inside words; Latin next to katakana is a boundary', () => {
  expect(occurs('Amazonアカウントの注文履歴', 'amazon')).toBe(true);
  expect(occurs('Amazonアカウントの注文履歴', 'アカウント')).toBe(true);
  expect(occurs('注文履歴', '注文')).toBe(true);
});

test('Devanagari: composed and decomposed nukta match alike', () => {
  const decomposed = 'अमेज\u093Cन';
  const precomposed = 'अमे\u095Bन';
  expect(occurs(`अपने ${precomposed} खाते`, decomposed)).toBe(true);
  expect(occurs(`अपने ${decomposed} खाते`, precomposed)).toBe(true);
});

test("the config's words are added to the suite's, per list", () => {
  const merged = mergeLexicon(suiteLexicon(), { 'en-US': { order: ['purchase*'] }, 'ar-SA': { order: ['طلب'] } });
  expect(merged['en-US']?.['order']).toEqual(['order*', 'purchase*']);
  expect(merged['en-US']?.['amazon']).toEqual(['amazon']);
  expect(merged['ar-SA']).toEqual({ order: ['طلب'] });
  expect(suiteLexicon()['ar-SA']).toBeUndefined();
});
