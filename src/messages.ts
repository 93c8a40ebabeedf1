// Typed messages between the extension's contexts. Every message is parsed with zod on
// arrival: a page can never make the extension act on a shape it did not expect.
//
//   reader (each frame) ──analyze──► background (engine) ──report──► reader
//   reader ──note-state──► background ──note-state──► sidebar (top frame)
//   sidebar ──reveal / apply / ignore──► background ──same──► reader in that frame
//   background ──settings-changed──► readers in every tab (check the note again)
//   context menu on a selection ──► background (engine) ──selection-state──► sidebar
//   sidebar ──sidebar-ready──► background: answers with a selection-state still waiting
import { z } from 'zod';
import { FIELD_IDS, FINDING_KINDS, ROUNDING_RULES, SEVERITIES } from './engine/types';

const sourceSchema = z.object({ document: z.string(), section: z.string() });

export const findingSchema = z.object({
  kind: z.enum(FINDING_KINDS),
  code: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  message: z.string(),
  suggestions: z.array(z.object({ label: z.string(), replacement: z.string().optional() })),
  rule: z.string(),
  severity: z.enum(SEVERITIES),
  source: sourceSchema,
});

const timeMarkSchema = z.object({
  minutes: z.number(),
  text: z.string(),
  start: z.number(),
  end: z.number(),
});

export const reportSchema = z.object({
  program: z.string(),
  findings: z.array(findingSchema),
  time: z.object({
    start: timeMarkSchema.nullable(),
    end: timeMarkSchema.nullable(),
    minutes: z.number().nullable(),
    basis: z.enum(['range', 'duration', 'context']).nullable(),
  }),
  units: z
    .object({
      minutes: z.number(),
      unitMinutes: z.number(),
      units: z.number(),
      rounding: z.enum(ROUNDING_RULES),
      explanation: z.string(),
    })
    .nullable(),
  dollars: z
    .object({
      amount: z.number(),
      rate: z.number(),
      per: z.enum(['unit', 'hour']),
      label: z.string(),
      source: sourceSchema,
    })
    .nullable(),
  fields: z.partialRecord(
    z.enum(FIELD_IDS),
    z.object({
      present: z.boolean(),
      where: z.enum(['note', 'context']).nullable(),
      start: z.number().optional(),
      end: z.number().optional(),
    }),
  ),
});

export const noteContextSchema = z.object({
  fields: z.partialRecord(z.enum(FIELD_IDS), z.boolean()).optional(),
  startMinutes: z.number().optional(),
  endMinutes: z.number().optional(),
  groupSize: z.number().int().positive().optional(),
});

/** Identifies one note field within a tab: the frame it lives in and an id the reader assigns. */
const noteRefSchema = z.object({ frameId: z.number().int(), noteId: z.string().max(64) });

export const messageSchema = z.discriminatedUnion('type', [
  // reader → background: analyse this text; the answer is a Report.
  z.object({
    type: z.literal('analyze'),
    noteId: z.string().max(64),
    version: z.number().int(),
    text: z.string().max(1_000_000),
    context: noteContextSchema,
  }),
  // reader → background → sidebar: the focused note's current findings.
  z.object({
    type: z.literal('note-state'),
    note: noteRefSchema.extend({ frameId: z.number().int().optional() }),
    version: z.number().int(),
    report: reportSchema,
    /** The flagged words of each finding, in order, so the sidebar can show excerpts. */
    excerpts: z.array(z.string().max(400)),
  }),
  // reader → background → sidebar: no note is focused any more in that frame.
  z.object({ type: z.literal('note-cleared'), note: noteRefSchema.partial() }),
  // sidebar → background → reader: scroll to and select a finding's words.
  z.object({ type: z.literal('reveal-finding'), note: noteRefSchema, index: z.number().int() }),
  // sidebar → background → reader: apply suggestion `suggestion` of finding `index`.
  z.object({
    type: z.literal('apply-suggestion'),
    note: noteRefSchema,
    version: z.number().int(),
    index: z.number().int(),
    suggestion: z.number().int(),
  }),
  // sidebar → background → reader: hide a finding for this note.
  z.object({ type: z.literal('ignore-finding'), note: noteRefSchema, index: z.number().int() }),
  // background → readers: the settings changed, so the focused note's findings may have too.
  z.object({ type: z.literal('settings-changed') }),
  // background → sidebar: findings for text the user selected; shown read-only, never applied.
  z.object({
    type: z.literal('selection-state'),
    report: reportSchema,
    excerpts: z.array(z.string().max(400)),
  }),
  // sidebar → background: the sidebar just started; the answer is a waiting selection-state.
  z.object({ type: z.literal('sidebar-ready') }),
]);

export type Message = z.infer<typeof messageSchema>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

/** Parses an incoming message; returns null for anything that is not one of ours. */
export function parseMessage(raw: unknown): Message | null {
  const parsed = messageSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
