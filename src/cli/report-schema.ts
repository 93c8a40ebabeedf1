// The CLI's JSON output is a contract with scripts that read it: this schema is its single
// definition. schemas/cli-report.schema.json is generated from it (npm run schema:cli).
import { z } from 'zod';
import { FIELD_IDS, FINDING_KINDS, ROUNDING_RULES, SEVERITIES } from '../engine/types';

const sourceSchema = z
  .object({
    document: z
      .string()
      .describe(
        'Seed document in shared/seeds the rule comes from; "notecoach" for NoteCoach\'s own practice.',
      ),
    section: z.string().describe('Section of that document.'),
  })
  .strict();

export const cliFindingSchema = z
  .object({
    kind: z.enum(FINDING_KINDS),
    code: z
      .string()
      .describe('Category, field or limit id; for a vague or subjective term its base form.'),
    start: z.number().int().nonnegative().describe('UTF-16 offset into the note, inclusive.'),
    end: z.number().int().nonnegative().describe('UTF-16 offset into the note, exclusive.'),
    line: z.number().int().positive().describe('1-based line of start within the note.'),
    column: z.number().int().positive().describe('1-based column of start within its line.'),
    excerpt: z.string().describe('The flagged text, whitespace collapsed; empty when missing.'),
    message: z.string(),
    suggestions: z.array(
      z.object({ label: z.string(), replacement: z.string().optional() }).strict(),
    ),
    rule: z.string().describe('Rule id in the program pack.'),
    severity: z.enum(SEVERITIES),
    source: sourceSchema,
  })
  .strict();

const fieldPresenceSchema = z
  .object({
    present: z.boolean(),
    where: z.enum(['note', 'context']).nullable(),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
  })
  .strict();

export const cliReportSchema = z
  .object({
    file: z.string().describe('The path as given on the command line, or "-" for stdin.'),
    row: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('For CSV input, the 1-based record number after the header row.'),
    label: z
      .string()
      .optional()
      .describe(
        'For CSV input, how the export names the note: its id column and cell ("Note ID N-1042"), else its client column and cell.',
      ),
    program: z.string().describe('Program id whose rules were applied.'),
    minutes: z.number().nullable().describe('Minutes of service, null when no time is given.'),
    units: z.number().int().nonnegative().nullable().describe('Billable units, null without time.'),
    rounding: z
      .object({
        unitMinutes: z.number().positive(),
        rule: z.enum(ROUNDING_RULES),
        explanation: z.string(),
      })
      .strict()
      .nullable()
      .describe('How minutes became units, null without time.'),
    findings: z.array(cliFindingSchema),
    fields: z
      .partialRecord(z.enum(FIELD_IDS), fieldPresenceSchema)
      .describe('Presence of each field the program requires.'),
    dollars: z
      .object({
        amount: z.number().nonnegative(),
        rate: z.number().nonnegative(),
        per: z.enum(['unit', 'hour']),
        label: z.string(),
        source: sourceSchema,
      })
      .strict()
      .nullable(),
  })
  .strict();

export const cliOutputSchema = z.array(cliReportSchema);

export type CliFinding = z.infer<typeof cliFindingSchema>;
export type CliReport = z.infer<typeof cliReportSchema>;
