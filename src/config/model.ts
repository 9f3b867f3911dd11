import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { validate } from '../schema/ajv.js';
import type { LanguageModel, ModelIntent, ModelSlotType, SkillInteractionModel, Slot, SlotResolutions } from '../types/index.js';
import { BadInput } from '../bad-input.js';

/**
 * The id Alexa reports for a slot type value the model gives no id: Alexa generates a 32-digit hex id. The
 * suite's is a stable hash of the canonical value (MD5 hex), the same shape, not Alexa's own algorithm.
 */
export const generatedValueId = (canonical: string): string => createHash('md5').update(canonical).digest('hex');

const fold = (s: string): string => s.trim().toLocaleLowerCase();

/** One locale's interaction model, as the requests of that locale are built from it. */
export class InteractionModel {
  constructor(
    /** The path as the config or the command line gave it: what error messages name. */
    readonly shown: string,
    readonly language: LanguageModel,
  ) {}

  intentNames(): string[] {
    return this.language.intents.map((i) => i.name);
  }

  intent(name: string): ModelIntent | undefined {
    return this.language.intents.find((i) => i.name === name);
  }

  /** A slot type the model defines (custom, or a built-in one it extends with values). */
  slotType(name: string): ModelSlotType | undefined {
    return this.language.types?.find((t) => t.name === name);
  }

  /** The type of an intent's slot, if the model has both. */
  slotTypeOf(intent: string, slot: string): string | undefined {
    return this.intent(intent)?.slots?.find((s) => s.name === slot)?.type;
  }

  /** Every value and synonym of a slot type: what a customer may say to fill it. */
  phrases(type: string): string[] {
    return (this.slotType(type)?.values ?? []).flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])]);
  }

  /**
   * Entity resolution of a spoken value against a type the model defines with values, as Alexa reports it:
   * ER_SUCCESS_MATCH with every canonical value whose value or synonym it is (case-insensitive), else
   * ER_SUCCESS_NO_MATCH without values. Undefined for a type the model does not define (built-in types
   * are not resolved) or defines without values (a catalog the suite cannot see).
   */
  resolutions(applicationId: string, type: string, value: string): SlotResolutions | undefined {
    const values = this.slotType(type)?.values;
    if (!values?.length) return undefined;
    const spoken = fold(value);
    const matches = values.filter((v) => [v.name.value, ...(v.name.synonyms ?? [])].some((p) => fold(p) === spoken));
    const authority = `amzn1.er-authority.echo-sdk.${applicationId}.${type}`;
    return {
      resolutionsPerAuthority: [
        matches.length > 0
          ? {
              authority,
              status: { code: 'ER_SUCCESS_MATCH' },
              values: matches.map((v) => ({ value: { name: v.name.value, id: v.id ?? generatedValueId(v.name.value) } })),
            }
          : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' } },
      ],
    };
  }

  /** A filled slot as Alexa sends it: the spoken value, its resolutions for a custom type, and slotValue. */
  filledSlot(applicationId: string, intent: string, name: string, value: string): Slot {
    const type = this.slotTypeOf(intent, name);
    const resolutions = type === undefined ? undefined : this.resolutions(applicationId, type, value);
    return {
      name,
      value,
      confirmationStatus: 'NONE',
      ...(resolutions ? { resolutions } : {}),
      slotValue: { type: 'Simple', value, ...(resolutions ? { resolutions: structuredClone(resolutions) } : {}) },
    };
  }

  /**
   * An intent's slots as Alexa sends them: every slot the model gives the intent, the unfilled ones as
   * { name, confirmationStatus: NONE }; a filled slot that carries no resolutions yet is resolved. Slots of an
   * intent the model lacks (a built-in intent it does not list) stay as given.
   */
  fillSlots(applicationId: string, intent: string, given: Record<string, unknown> = {}): Record<string, unknown> {
    const declared = this.intent(intent)?.slots ?? [];
    const out: Record<string, unknown> = {};
    for (const { name } of declared) {
      const slot = given[name] as Partial<Slot> | undefined;
      out[name] =
        slot === undefined
          ? { name, confirmationStatus: 'NONE' }
          : typeof slot.value === 'string' && slot.resolutions === undefined && slot.slotValue === undefined
            ? { ...this.filledSlot(applicationId, intent, name, slot.value), ...(slot.confirmationStatus ? { confirmationStatus: slot.confirmationStatus } : {}) }
            : slot;
    }
    for (const [name, slot] of Object.entries(given)) if (!(name in out)) out[name] = slot;
    return out;
  }

  /** Short in JSON: generated inputs that carry a model are keyed and labelled by JSON.stringify. */
  toJSON(): string {
    return `interaction model ${this.shown}`;
  }
}

/** Reads and validates one interaction model file; any problem is a BadInput in one line. */
export function readModel(path: string, shown = path): InteractionModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new BadInput(`interaction model ${shown} cannot be read (${path})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new BadInput(`interaction model ${shown} is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const [first] = validate('alexa/interaction-model', data);
  if (first) {
    const at = first.instancePath ? first.instancePath.slice(1).replace(/\//g, '.') : 'the file';
    throw new BadInput(`interaction model ${shown} is not an ASK interaction model (interactionModel.languageModel with invocationName and intents): ${at} ${first.message ?? 'is invalid'}`);
  }
  return new InteractionModel(shown, (data as SkillInteractionModel).interactionModel.languageModel);
}

/** The locale a model file is named for (skill-package/interactionModels/custom/de-DE.json), if it is named for one. */
const modelFileLocale = (path: string): string | undefined => /^([a-z]{2}-[A-Z]{2})\.json$/.exec(basename(path))?.[1];

/**
 * The locales a run speaks: the config's; else, for one model file named for a locale, that locale, as the
 * ASK CLI names each locale's file; else en-US.
 */
export function runLocales(configured: readonly string[] | undefined, spec: ModelSpec | undefined): string[] {
  if (configured) return [...configured];
  const named = typeof spec === 'string' ? modelFileLocale(spec) : undefined;
  return [named ?? 'en-US'];
}

/** Where the models come from: one path for every locale, or a path per locale; relative to `dir`. */
export type ModelSpec = string | Readonly<Record<string, string | undefined>>;

/**
 * Each configured locale's model. One path serves every locale; with a map, a configured locale the map
 * does not name is an error that names it. A file named twice is read once.
 */
export function loadModels(spec: ModelSpec, dir: string, locales: readonly string[]): Record<string, InteractionModel> {
  const read = new Map<string, InteractionModel>();
  const model = (path: string): InteractionModel => {
    const full = resolve(dir, path);
    let found = read.get(full);
    if (!found) read.set(full, (found = readModel(full, path)));
    return found;
  };
  if (typeof spec === 'string') {
    // One file named for a locale serves the locales of its language (en-US.json for en-GB too), not another's.
    const named = modelFileLocale(spec);
    const other = named === undefined ? undefined : locales.find((locale) => locale.slice(0, 2) !== named.slice(0, 2));
    if (named !== undefined && other !== undefined) {
      throw new BadInput(`interactionModel ${spec} is the ${named} model, and locale ${other} speaks another language: map each locale to its own model ({ "${named}": "...", "${other}": "..." })`);
    }
    return Object.fromEntries(locales.map((locale) => [locale, model(spec)]));
  }
  // A map may name more locales than the run uses (a model per locale the skill has), but only locales.
  const stray = Object.keys(spec).filter((key) => !/^[a-z]{2}-[A-Z]{2}$/.test(key));
  if (stray.length > 0) throw new BadInput(`interactionModel maps "${stray.join('", "')}", which is not a locale such as en-US`);
  const missing = locales.filter((locale) => spec[locale] === undefined);
  if (missing.length > 0) {
    throw new BadInput(`interactionModel gives no model for locale ${missing.join(', ')} (it maps ${Object.keys(spec).join(', ')}; every configured locale needs one)`);
  }
  return Object.fromEntries(locales.map((locale) => [locale, model(spec[locale] ?? '')]));
}
