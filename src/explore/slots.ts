import fc from 'fast-check';
import type { InteractionModel } from '../config/model.js';
import type { Step } from '../types/index.js';

/** Plain values of the built-in types whose values have a form: what a customer asking to shop would say. */
const FORMED: Readonly<Record<string, string>> = {
  'AMAZON.NUMBER': '1',
  'AMAZON.FOUR_DIGIT_NUMBER': '1234',
  'AMAZON.DATE': '2026-06-01',
  'AMAZON.TIME': '12:00',
  'AMAZON.DURATION': 'PT10M',
};

/** What a free-text slot (AMAZON.SearchQuery, a catalog the model does not list) gets: ordinary words. */
const WORDS = ['a gift', 'something nice'];

/**
 * What exploration says for a slot: the type's values then their synonyms (the model's own words, canonical
 * first, so shrinking ends on the canonical name), a formed value, or ordinary words.
 */
function sayable(model: InteractionModel, type: string | undefined): string[] {
  if (type === undefined) return WORDS;
  const formed = FORMED[type];
  if (formed) return [formed];
  const values = model.slotType(type)?.values ?? [];
  if (values.length === 0) return WORDS;
  return [...new Set([...values.map((v) => v.name.value), ...values.flatMap((v) => v.name.synonyms ?? [])])];
}

/** The intent's steps exploration may send: each slot left unfilled (what shrinking comes back to) or filled from the model. */
export function stepArbitrary(model: InteractionModel, intent: string): fc.Arbitrary<Step> {
  const slots = model.intent(intent)?.slots ?? [];
  if (slots.length === 0) return fc.constant({ intent });
  const record = Object.fromEntries(slots.map((s) => [s.name, fc.option(fc.constantFrom(...sayable(model, s.type)), { nil: undefined })]));
  return fc.record(record).map((values) => {
    const filled = Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined));
    return Object.keys(filled).length > 0 ? { intent, slots: filled } : { intent };
  });
}

/** The intent with every slot filled with its first value: the short paths tried before the random ones. */
export function filledStep(model: InteractionModel, intent: string): Step | undefined {
  const slots = model.intent(intent)?.slots ?? [];
  if (slots.length === 0) return undefined;
  return { intent, slots: Object.fromEntries(slots.map((s) => [s.name, sayable(model, s.type)[0] ?? WORDS[0] ?? ''])) };
}
