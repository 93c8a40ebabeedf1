// The agency's settings as stored: validated on every read and write. Never holds note text.
import { z } from 'zod';
import { ROUNDING_RULES, SEVERITIES } from '../engine/types';
import { PROGRAM_IDS, type ProgramId } from '../rules/packs';
import { phraseProblem } from '../rules/phrase-syntax';

/** The program picker offers the bundled packs and, once one is saved, the custom pack. */
export const CUSTOM_PROGRAM = 'custom';
export const programChoiceSchema = z.enum([...PROGRAM_IDS, CUSTOM_PROGRAM]);
export const DEFAULT_PROGRAM: ProgramId = 'ct-dmhas-csp';

const words = (max: number) => z.string().trim().min(1).max(max);

/**
 * The largest custom rule pack kept, in characters (about 2 MB): fifty times the largest bundled
 * pack, and well inside the browser's 10 MB of extension storage.
 */
export const CUSTOM_PACK_MAX_CHARS = 2_000_000;

export const extraTermSchema = z.object({
  term: words(60).superRefine((value, ctx) => {
    const problem = phraseProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  }),
  wording: words(200),
});

/** Rounding and rate an agency chose for one pack, where the pack offers a choice. */
export const packChoiceSchema = z.object({
  rounding: z.enum(ROUNDING_RULES).optional(),
  rate: z.string().max(80).optional(),
});

const FIELD_SCHEMAS = {
  program: programChoiceSchema.default(DEFAULT_PROGRAM),
  packChoices: z.record(z.string().max(80), packChoiceSchema).default({}),
  extraTerms: z.array(extraTermSchema).max(200).default([]),
  severities: z.record(z.string().max(120), z.enum(SEVERITIES)).default({}),
  rulesOff: z.array(z.string().max(120)).max(1000).default([]),
  /** The custom rule pack's JSON text, saved only after it validated. */
  customPack: z.string().max(CUSTOM_PACK_MAX_CHARS).nullable().default(null),
};

export const settingsSchema = z.object(FIELD_SCHEMAS);
export type Settings = z.infer<typeof settingsSchema>;
export type ExtraTerm = z.infer<typeof extraTermSchema>;
export type PackChoice = z.infer<typeof packChoiceSchema>;
export type ProgramChoice = z.infer<typeof programChoiceSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Every field falls back on its own, so one bad field does not cost the others. */
const lenientSchema = z.object({
  program: FIELD_SCHEMAS.program.catch(DEFAULT_SETTINGS.program),
  packChoices: FIELD_SCHEMAS.packChoices.catch(DEFAULT_SETTINGS.packChoices),
  extraTerms: FIELD_SCHEMAS.extraTerms.catch(DEFAULT_SETTINGS.extraTerms),
  severities: FIELD_SCHEMAS.severities.catch(DEFAULT_SETTINGS.severities),
  rulesOff: FIELD_SCHEMAS.rulesOff.catch(DEFAULT_SETTINGS.rulesOff),
  customPack: FIELD_SCHEMAS.customPack.catch(DEFAULT_SETTINGS.customPack),
});

export interface SettingsRead {
  settings: Settings;
  /** The fields that were unreadable and fell back to their defaults; empty when all was well. */
  resetFields: string[];
}

/** Reads a stored value: missing fields take defaults quietly, broken ones are reported. */
export function readSettings(stored: unknown): SettingsRead {
  if (stored === undefined || stored === null)
    return { settings: DEFAULT_SETTINGS, resetFields: [] };
  const strict = settingsSchema.safeParse(stored);
  if (strict.success) return { settings: strict.data, resetFields: [] };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { settings: DEFAULT_SETTINGS, resetFields: Object.keys(FIELD_SCHEMAS) };
  }
  const resetFields = [...new Set(strict.error.issues.map((issue) => String(issue.path[0])))];
  return { settings: lenientSchema.parse(stored), resetFields };
}
