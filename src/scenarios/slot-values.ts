import fc from 'fast-check';
import type { InteractionModel } from '../config/model.js';
import type { Slot } from '../types/index.js';

/** Values a customer may say that break careless skills: markup characters, quotes, emoji, long and empty values. */
export const TRICKY = ['Tom & Jerry', '<b>bold</b>', '"quoted"', "O'Brien", 'café crème', '🧘 yoga mat', '', '   ', 'a'.repeat(400), 'AT&T < 5 > 3'];

const awkward = (): fc.Arbitrary<string> => fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 60, unit: 'grapheme' }));

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const year = fc.integer({ min: 2000, max: 2099 });

/**
 * Values of the built-in types whose values have a form (the slot type reference's formats): Alexa sends
 * these, never free text. NUMBER is "?" when Alexa heard a number it could not convert.
 */
const BUILT_IN: Readonly<Record<string, fc.Arbitrary<string>>> = {
  'AMAZON.NUMBER': fc.oneof(fc.integer({ min: -1000, max: 1_000_000 }).map(String), fc.constant('?')),
  'AMAZON.FOUR_DIGIT_NUMBER': fc.integer({ min: 0, max: 9999 }).map((n) => pad(n, 4)),
  'AMAZON.DATE': fc.oneof(
    fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.tuple(year, fc.integer({ min: 1, max: 52 })).map(([y, w]) => `${y}-W${pad(w)}`),
    fc.tuple(year, fc.integer({ min: 1, max: 52 })).map(([y, w]) => `${y}-W${pad(w)}-WE`),
    fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}`),
    year.map(String),
  ),
  'AMAZON.TIME': fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`),
    fc.constantFrom('MO', 'AF', 'EV', 'NI'),
  ),
  'AMAZON.DURATION': fc
    .record({ d: fc.nat({ max: 30 }), h: fc.nat({ max: 23 }), m: fc.nat({ max: 59 }) })
    .filter(({ d, h, m }) => d + h + m > 0)
    .map(({ d, h, m }) => `P${d ? `${d}D` : ''}${h || m ? `T${h ? `${h}H` : ''}${m ? `${m}M` : ''}` : ''}`),
};

/** One value of each built-in form, for the boundary examples that otherwise send a tricky text. */
export const formedExample = (type: string | undefined): string | undefined =>
  type === undefined ? undefined : ({ 'AMAZON.NUMBER': '0', 'AMAZON.FOUR_DIGIT_NUMBER': '0000', 'AMAZON.DATE': '2026-02-29', 'AMAZON.TIME': '00:00', 'AMAZON.DURATION': 'PT0M' } as Record<string, string>)[type];

/**
 * What a customer may get into a slot of this type, as Alexa passes it on: for a custom type its values and
 * synonyms (any casing) or something outside it; for a built-in type with a form (NUMBER, DATE, ...) values of
 * that form; for free-text types (AMAZON.SearchQuery, Person, City, ...) and unknown types, awkward text.
 */
export function slotValueArbitrary(model: InteractionModel | undefined, type: string | undefined): fc.Arbitrary<string> {
  if (type === undefined) return awkward();
  const formed = BUILT_IN[type];
  if (formed) return formed;
  const phrases = model?.phrases(type) ?? [];
  if (phrases.length === 0) return awkward();
  const spoken = fc.tuple(fc.constantFrom(...phrases), fc.boolean()).map(([p, upper]) => (upper ? p.toUpperCase() : p));
  return fc.oneof(spoken, awkward());
}

/** A slot of an intent as Alexa fills it from the model: a value of its type, resolved against it. */
export function resolvedSlotArbitrary(model: InteractionModel, applicationId: string, intent: string, slot: string): fc.Arbitrary<Slot> {
  return slotValueArbitrary(model, model.slotTypeOf(intent, slot)).map((value) => model.filledSlot(applicationId, intent, slot, value));
}
