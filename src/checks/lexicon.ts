/**
 * The words the language-dependent checks look for, per locale: schemas/lexicon.json, plus what a
 * config's `lexicon` adds. A locale without an entry is not guessed at: the check leaves it unjudged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemasDir } from '../schema/paths.js';

/** locale -> list name -> words. */
export type Lexicon = Readonly<Record<string, Readonly<Record<string, readonly string[] | undefined>> | undefined>>;

let suite: Lexicon | undefined;

/** The suite's own lexicon (schemas/lexicon.json), read once a process. */
export function suiteLexicon(): Lexicon {
  if (!suite) suite = (JSON.parse(readFileSync(join(schemasDir(), 'lexicon.json'), 'utf8')) as { locales: Lexicon }).locales;
  return suite;
}

/** The suite's lexicon with a config's words added to each list. */
export function mergeLexicon(base: Lexicon, extra: Lexicon | undefined): Lexicon {
  if (!extra) return base;
  const merged: Record<string, Record<string, readonly string[] | undefined>> = {};
  for (const [locale, lists] of Object.entries(base)) merged[locale] = { ...lists };
  for (const [locale, lists] of Object.entries(extra)) {
    const into = (merged[locale] ??= {});
    for (const [name, words] of Object.entries(lists ?? {})) into[name] = [...(into[name] ?? []), ...(words ?? [])];
  }
  return merged;
}

/** The words of one list for a locale; undefined when the lexicon has none for it. */
export function wordsFor(lexicon: Lexicon, locale: string, list: string): readonly string[] | undefined {
  const words = lexicon[locale]?.[list];
  return words && words.length > 0 ? words : undefined;
}

/** Why a check that needs these lists cannot judge a locale, or undefined when it can. */
export function missingLists(lexicon: Lexicon, locale: string, lists: readonly string[]): string | undefined {
  const missing = lists.filter((list) => !wordsFor(lexicon, locale, list));
  if (missing.length === 0) return undefined;
  return `the lexicon has no ${missing.join(', ')} words for ${locale} (add them under \`lexicon\` in the config)`;
}

/** The locale a request was sent in (request.locale), or undefined. */
export function localeOf(request: unknown): string | undefined {
  const inner = typeof request === 'object' && request !== null ? (request as Record<string, unknown>)['request'] : undefined;
  const locale = typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>)['locale'] : undefined;
  return typeof locale === 'string' ? locale : undefined;
}

/** Case, apostrophes, width and composed characters folded the same way in text and words. */
const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ');

// Scripts written with spaces between words need a word boundary; Japanese and Chinese do not have one.
const WORDISH = /[\p{L}\p{M}\p{N}]/u;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const wordish = (ch: string | undefined): boolean => ch !== undefined && WORDISH.test(ch) && !UNSPACED.test(ch);

/** Whether a word of the lexicon occurs in a text: a whole word, or a word's start when it ends in `*`. */
export function occurs(text: string, word: string): boolean {
  const folded = fold(text);
  const prefix = word.endsWith('*');
  const w = fold(prefix ? word.slice(0, -1) : word).trim();
  if (w === '') return false;
  for (let i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + 1)) {
    const before = [...folded.slice(0, i)].pop();
    const after = [...folded.slice(i + w.length, i + w.length + 2)][0];
    const first = [...w][0];
    const last = [...w].pop();
    if (wordish(first) && wordish(before)) continue;
    if (!prefix && wordish(last) && wordish(after)) continue;
    return true;
  }
  return false;
}

/** The first word of a list that occurs in a text. */
export const firstOccurring = (text: string, words: readonly string[]): string | undefined => words.find((word) => occurs(text, word));

/** The lexicon a run's checks read: the run's own (the suite's with the config's words), or the suite's alone. */
export const lexiconOf = (ctx: { lexicon?: Lexicon }): Lexicon => ctx.lexicon ?? suiteLexicon();
