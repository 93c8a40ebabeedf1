// The shape of a rule pack (rules/*.json). Types are inferred from these schemas; the
// JSON Schema in rules/schema.json is generated from them (npm run schema).
import { z } from 'zod';
import {
  FIELD_IDS,
  LIMIT_IDS,
  NON_BILLABLE_CATEGORIES,
  ROUNDING_RULES,
  SEVERITIES,
} from '../engine/types';
import { phraseProblem } from './phrase-syntax';

const text = z.string().trim().min(1);

const phrase = text
  .superRefine((value, ctx) => {
    const problem = phraseProblem(value);
    if (problem !== null)
      ctx.addIssue({ code: 'custom', message: `not a valid phrase: ${problem}` });
  })
  .describe(
    'Words to find, case-insensitive. <drive> stands for every form of the verb (drive, drives, drove, driving, driven); ' +
      '<a|b|c> lists the forms by hand; {person} is a client-side person (client, him, her, member, parent...); ' +
      '{worker} is the writer (I, CSW, staff, this writer...); (a|b) is a choice; ~ allows up to three words in between.',
  );

export const sourceSchema = z
  .object({
    document: text.describe('A file name in shared/seeds, e.g. 002_272baf8fda9674c5.txt'),
    section: text.describe('The section as the document names it, e.g. (B)7'),
  })
  .strict();

const severity = z.enum(SEVERITIES);

export const suggestionSchema = z
  .object({
    label: text,
    replacement: text
      .optional()
      .describe(
        'Replaces the flagged words. {person} and {topic} are filled from the sentence; [square brackets] mark what only the writer knows.',
      ),
  })
  .strict();

const exampleSchema = z
  .object({
    fires: z.array(text).min(1).describe('Sentences or notes this rule must flag'),
    quiet: z.array(text).min(1).describe('Sentences or notes this rule must not flag'),
  })
  .strict();

export const exceptionSchema = z
  .object({
    description: text.describe('The program exception in plain words'),
    when: z
      .array(z.array(phrase).min(1))
      .min(1)
      .describe('What in the text establishes the exception: each group needs one of its phrases'),
    scope: z
      .enum(['sentence', 'note', 'one-sentence'])
      .default('sentence')
      .describe(
        'Look for it in the flagged sentence, anywhere in the note, or in any one sentence of the note (every group in that same sentence)',
      ),
    alsoInFlagged: z
      .array(z.array(phrase).min(1))
      .default([])
      .describe(
        'Groups that must also hold in the flagged sentence itself (e.g. the medical destination of a ride)',
      ),
  })
  .strict();

const ruleBase = {
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens')
    .describe('Unique across the pack and the packs it extends'),
  message: text,
  severity,
  source: sourceSchema,
  except: z.array(exceptionSchema).default([]),
  suggestions: z.array(suggestionSchema).default([]),
  examples: exampleSchema,
};

export const ambiguousTermRuleSchema = z
  .object({
    ...ruleBase,
    kind: z.literal('ambiguous-term'),
    code: text.describe('The term as the pack lists it, e.g. assisted or met with'),
    match: z
      .object({
        phrases: z.array(phrase).min(1),
        flagUnless: z
          .enum(['method', 'topic'])
          .default('method')
          .describe(
            'method: quiet when the sentence says how (by reading..., to complete...); topic: also quiet when it names a specific topic',
          ),
        instead: z.array(text).min(1).describe('Verbs that say what was actually done'),
      })
      .strict(),
  })
  .strict();

export const nonBillableRuleSchema = z
  .object({
    ...ruleBase,
    kind: z.literal('non-billable'),
    code: z.enum(NON_BILLABLE_CATEGORIES),
    unlessFound: z
      .array(z.enum(FIELD_IDS))
      .default([])
      .describe(
        'Quiet when the note has these required elements, read as the missing-field check reads them (in the note or the EHR form): e.g. a visit is routine only when no plan goal is named',
      ),
    match: z
      .object({
        phrases: z.array(phrase).default([]),
        activities: z
          .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'))
          .default([])
          .describe(
            'Activity lexicon groups (the "activities" of this pack or one it extends) that this rule flags',
          ),
        billedTime: z
          .array(z.enum(['travel', 'documentation']))
          .default([])
          .describe(
            'Flag a note whose service time includes minutes it names as travel or documentation (and does not say are unbilled)',
          ),
        agent: z
          .enum(['worker', 'any'])
          .default('worker')
          .describe('worker: only when the writer did it (not the client); any: whoever did it'),
      })
      .strict()
      .refine(
        (match) =>
          match.phrases.length > 0 || match.activities.length > 0 || match.billedTime.length > 0,
        { message: 'give at least one phrase, activity group or kind of billed time' },
      ),
  })
  .strict();

export const activityEntrySchema = z
  .object({
    verbs: z
      .array(text)
      .min(1)
      .describe(
        'Base forms, matched in every tense and person; words after the first are particles that may come later ("pick up": "picked him up")',
      ),
    objects: z
      .array(text)
      .default([])
      .describe(
        'Words that make the verb this activity, within `window` words after it; {client} is a person served (a client word, a pronoun or a name). None: the verb alone is enough',
      ),
    after: z.array(text).default([]).describe('Words that must follow the object ("to", "home")'),
    requires: z.array(text).default([]).describe('Words the sentence must also hold'),
    unless: z
      .array(text)
      .default([])
      .describe('Words that make the sentence something else ("taught", "how to", "together")'),
    window: z.number().int().min(1).max(12).default(5),
    agent: z.enum(['worker', 'any']).optional(),
  })
  .strict();

export const activityGroupSchema = z
  .object({
    category: z.enum(NON_BILLABLE_CATEGORIES),
    description: text,
    agent: z.enum(['worker', 'any']).optional(),
    entries: z.array(activityEntrySchema).min(1),
  })
  .strict();

export const subjectiveRuleSchema = z
  .object({
    ...ruleBase,
    kind: z.literal('subjective-language'),
    code: text.describe('The judgment as the pack lists it, e.g. non-compliant'),
    match: z
      .object({
        phrases: z.array(phrase).min(1),
        quietWhenBehaviorFollows: z
          .boolean()
          .default(false)
          .describe(
            'Quiet when the words are followed by the behavior itself ("refused to sign the release")',
          ),
      })
      .strict(),
  })
  .strict();

export const limitRuleSchema = z
  .object({
    ...ruleBase,
    kind: z.literal('limit'),
    code: z.enum(LIMIT_IDS),
    match: z
      .object({
        minMinutes: z.number().int().positive().optional(),
        maxUnits: z.number().int().positive().optional(),
        maxPeople: z.number().int().positive().optional(),
        maxWeeklyMinutes: z.number().int().positive().optional(),
        heading: text.optional().describe('The note must start with this heading'),
        phrases: z.array(phrase).optional().describe('The note must mention one of these'),
      })
      .strict(),
  })
  .strict();

export const mixedBillingRuleSchema = z
  .object({
    ...ruleBase,
    kind: z.literal('mixed-billing'),
    code: z.literal('mixed-billing'),
    match: z
      .object({
        billable: z.array(phrase).min(1).describe('Wording of billable service activity'),
      })
      .strict(),
  })
  .strict();

export const ruleSchema = z.discriminatedUnion('kind', [
  ambiguousTermRuleSchema,
  nonBillableRuleSchema,
  subjectiveRuleSchema,
  limitRuleSchema,
  mixedBillingRuleSchema,
]);

export const requiredFieldSchema = z
  .object({
    field: z.enum(FIELD_IDS),
    message: text,
    severity,
    source: sourceSchema,
    suggestions: z.array(suggestionSchema).default([]),
    phrases: z
      .array(phrase)
      .default([])
      .describe('Extra wording that counts as this field for this program'),
    allOf: z
      .array(z.array(phrase).min(1))
      .optional()
      .describe('When set, the field is present only if every group is found'),
    signers: z
      .array(z.enum(['provider', 'parent']))
      .optional()
      .describe(
        'signature only: whose signatures the note needs (parenting: both); without it any name or signature will do',
      ),
    orDuration: z
      .boolean()
      .default(false)
      .describe('start-time and end-time only: a stated duration is enough'),
    workerAction: z
      .boolean()
      .default(false)
      .describe(
        'intervention only: present when any sentence says what the worker did (the worker as subject, or a sentence that starts with a past-tense verb)',
      ),
    topicLabels: z
      .boolean()
      .default(false)
      .describe(
        'goal only: a topic of two or more words labelling a sentence ("cup drinking: ...", "med safety: ...") states the session\'s objective',
      ),
    unlessGeneric: z
      .array(text)
      .default([])
      .describe(
        'goal only: words that do not make a goal ("Goal: continue services" names none); a labelled value made only of these (and short words) does not count',
      ),
  })
  .strict();

export const fieldEvidenceSchema = z
  .object({
    headers: z.array(text).default([]).describe('Labels such as "Location" in "Location: library"'),
    phrases: z.array(phrase).default([]).describe('Wording in prose that supplies the field'),
  })
  .strict();

export const unitSchema = z
  .object({
    minutes: z.number().int().positive(),
    rounding: z.enum(ROUNDING_RULES),
    roundingOptions: z
      .array(z.enum(ROUNDING_RULES))
      .min(1)
      .describe('Rounding rules an agency may choose'),
    minimumMinutes: z.number().int().nonnegative().default(0),
    source: sourceSchema,
    note: text.optional().describe('What the source leaves open, in plain words'),
  })
  .strict();

export const rateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
    label: text,
    amount: z.number().positive(),
    per: z.enum(['unit', 'hour']),
    source: sourceSchema,
    default: z.boolean().default(false),
    group: z.boolean().default(false).describe('The rate for each person in a group'),
  })
  .strict();

export const capSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
    label: text,
    levelOfNeed: z.number().int().min(1).max(8).optional(),
    hoursPerWeek: z.number().positive().optional(),
    hoursPerYear: z.number().positive().optional(),
    source: sourceSchema,
  })
  .strict();

export const vocabularySchema = z
  .object({
    worker: z
      .array(text)
      .default([])
      .describe('Words for the writer: I, CSW, staff, this writer...'),
    person: z
      .array(text)
      .default([])
      .describe('Words for the people served: client, him, parent...'),
    genericTopics: z
      .array(text)
      .default([])
      .describe('Nouns that name no topic ("discussed issues"): issues, concerns, things...'),
    notBilled: z
      .array(phrase)
      .default([])
      .describe('Wording that marks the whole note as documented but not billed'),
    fields: z.partialRecord(z.enum(FIELD_IDS), fieldEvidenceSchema).default({}),
    credentials: z
      .array(text)
      .default([])
      .describe("Credentials after a signer's name: CSW, LCSW, MSW, PSSP..."),
    providerRoles: z
      .array(text)
      .default([])
      .describe('Words that make a signer the provider: provider, worker, staff...'),
    parentRoles: z
      .array(text)
      .default([])
      .describe('Words that make a signer the parent: parent, mom, mother, guardian...'),
  })
  .strict();

export const packSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
    name: text,
    description: text,
    extends: z.array(text).default([]),
    sources: z.array(text).default([]).describe('The seed documents this pack encodes'),
    unit: unitSchema.optional(),
    activities: z
      .record(
        z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
        activityGroupSchema,
      )
      .default({})
      .describe(
        'Activity lexicons: what doing a non-billable activity looks like, in verbs and their objects',
      ),
    rates: z.array(rateSchema).default([]),
    caps: z.array(capSchema).default([]),
    vocabulary: vocabularySchema.optional(),
    requiredFields: z.array(requiredFieldSchema).default([]),
    rules: z.array(ruleSchema).default([]),
  })
  .strict();

export type Pack = z.infer<typeof packSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type RuleException = z.infer<typeof exceptionSchema>;
export type RequiredField = z.infer<typeof requiredFieldSchema>;
export type Rate = z.infer<typeof rateSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Vocabulary = z.infer<typeof vocabularySchema>;
export type FieldEvidence = z.infer<typeof fieldEvidenceSchema>;
export type PackSuggestion = z.infer<typeof suggestionSchema>;
export type AmbiguousTermRule = z.infer<typeof ambiguousTermRuleSchema>;
export type NonBillableRule = z.infer<typeof nonBillableRuleSchema>;
export type SubjectiveRule = z.infer<typeof subjectiveRuleSchema>;
export type LimitRule = z.infer<typeof limitRuleSchema>;
export type MixedBillingRule = z.infer<typeof mixedBillingRuleSchema>;

/** A pack with its `extends` folded in: what the engine runs. */
export type ResolvedPack = Omit<Pack, 'extends' | 'vocabulary' | '$schema'> & {
  vocabulary: Vocabulary;
  /** The pack ids it was built from, base first. */
  lineage: string[];
};
