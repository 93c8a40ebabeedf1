// Typed messages between the extension's contexts. Every message is parsed with zod on
// arrival: a page can never make the extension act on a shape it did not expect.
//
//   reader (each frame) ──analyze──► background (engine) ──report──► reader
//   reader ──note-state──► background ──note-state──► sidebar (top frame)
//   sidebar ──reveal / apply / ignore──► background ──same──► reader in that frame
//   background ──settings-changed──► readers in every tab (check the note again)
//   context menu on a selection ──► background (engine) ──selection-state──► sidebar
//   sidebar ──sidebar-ready──► background: answers with a selection-state still waiting
//   reader ──note-too-long──► background ──same──► sidebar: over the limit, not checked live
//   sidebar ──check-visible-part──► background ──same──► reader: check the part in view
//   reader ──note-too-long (paused)──► background ──same──► sidebar: live checking paused
//   sidebar ──check-now──► background ──same──► reader: check that long note once, whole
//   reader ──wake-up──► background: the first key after a quiet spell; load the engine now
// zod/mini: the same checks as zod with a fraction of the code, because this module is bundled
// into the reader script that loads in every frame of the EHR.
import { z } from 'zod/mini';
import { FIELD_IDS, FINDING_KINDS, ROUNDING_RULES, SEVERITIES } from './engine/types';

/** The longest note sent for a check: a message of a few megabytes at most. */
export const MAX_NOTE_CHARS = 1_000_000;

/**
 * The longest note checked after each pause in typing. Past it a re-check (the whole note
 * split and sent, its sentences looked up) no longer keeps up with typing, so live checking
 * pauses and the user checks the whole note when they choose (Check now).
 */
export const LIVE_CHECK_CHARS = 100_000;

/**
 * Every schema of this module, built on first use rather than when a script loads: the reader
 * and the sidebar load in every page NoteCoach runs on, and their first message comes later.
 */
function buildSchemas() {
  const sourceSchema = z.object({ document: z.string(), section: z.string() });

  const findingSchema = z.object({
    kind: z.enum(FINDING_KINDS),
    code: z.string(),
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
    message: z.string(),
    suggestions: z.array(z.object({ label: z.string(), replacement: z.optional(z.string()) })),
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

  const reportSchema = z.object({
    program: z.string(),
    findings: z.array(findingSchema),
    time: z.object({
      start: z.nullable(timeMarkSchema),
      end: z.nullable(timeMarkSchema),
      minutes: z.nullable(z.number()),
      basis: z.nullable(z.enum(['range', 'duration', 'context'])),
    }),
    units: z.nullable(
      z.object({
        minutes: z.number(),
        unitMinutes: z.number(),
        units: z.number(),
        rounding: z.enum(ROUNDING_RULES),
        explanation: z.string(),
        deducted: z.optional(z.array(z.object({ minutes: z.number(), reason: z.string() }))),
        notBilled: z.optional(z.boolean()),
      }),
    ),
    dollars: z.nullable(
      z.object({
        amount: z.number(),
        rate: z.number(),
        per: z.enum(['unit', 'hour']),
        label: z.string(),
        source: sourceSchema,
      }),
    ),
    fields: z.partialRecord(
      z.enum(FIELD_IDS),
      z.object({
        present: z.boolean(),
        where: z.nullable(z.enum(['note', 'context'])),
        start: z.optional(z.number()),
        end: z.optional(z.number()),
      }),
    ),
  });

  const noteContextSchema = z.object({
    fields: z.optional(z.partialRecord(z.enum(FIELD_IDS), z.boolean())),
    startMinutes: z.optional(z.number()),
    endMinutes: z.optional(z.number()),
    groupSize: z.optional(z.int().check(z.positive())),
  });

  const pausedSchema = z.object({
    length: z.int().check(z.nonnegative()),
    limit: z.int().check(z.nonnegative()),
  });

  /** Identifies one note field within a tab: the frame it lives in and an id the reader assigns. */
  const noteRefSchema = z.object({ frameId: z.int(), noteId: z.string().check(z.maxLength(64)) });

  const messageSchema = z.discriminatedUnion('type', [
    // reader → background: analyse this text; the answer is a Report.
    z.object({
      type: z.literal('analyze'),
      noteId: z.string().check(z.maxLength(64)),
      version: z.int(),
      text: z.string().check(z.maxLength(MAX_NOTE_CHARS)),
      context: noteContextSchema,
    }),
    // reader → background → sidebar: the focused note's current findings.
    z.object({
      type: z.literal('note-state'),
      note: z.extend(noteRefSchema, { frameId: z.optional(z.int()) }),
      version: z.int(),
      report: reportSchema,
      /** The flagged words of each finding, in order, so the sidebar can show excerpts. */
      excerpts: z.array(z.string().check(z.maxLength(400))),
      /** How many of this report's findings the user ignored in this note (hidden, and restorable). */
      ignored: z.optional(z.int().check(z.nonnegative())),
      /** Set when only the part of a too-long note in view was checked: `[start, end)` of `length`. */
      part: z.optional(
        z.object({
          start: z.int().check(z.nonnegative()),
          end: z.int().check(z.nonnegative()),
          length: z.int().check(z.nonnegative()),
        }),
      ),
      /** Set when this is a Check now of a note live checking skips: no re-check as the user types. */
      paused: z.optional(pausedSchema),
    }),
    // reader → background → sidebar: the focused note is over MAX_NOTE_CHARS, so not checked live;
    // or, `paused`, over LIVE_CHECK_CHARS: checked whole only when the user asks (check-now).
    z.object({
      type: z.literal('note-too-long'),
      note: z.extend(noteRefSchema, { frameId: z.optional(z.int()) }),
      length: z.int().check(z.nonnegative()),
      limit: z.int().check(z.nonnegative()),
      paused: z.optional(z.literal(true)),
    }),
    // reader → background → sidebar: the caret is in the words of finding `index` of that
    // version of the note's findings (null: in none), so the sidebar marks its card.
    z.object({
      type: z.literal('caret-finding'),
      note: z.extend(noteRefSchema, { frameId: z.optional(z.int()) }),
      version: z.int(),
      index: z.nullable(z.int()),
    }),
    // sidebar → background → reader: check that note, live checking being paused for it, once.
    z.object({ type: z.literal('check-now'), note: noteRefSchema }),
    // reader → background: the user typed after a quiet spell; start the engine (no note text).
    z.object({ type: z.literal('wake-up') }),
    // sidebar → background → reader: check the part of that too-long note the user has in view.
    z.object({ type: z.literal('check-visible-part'), note: noteRefSchema }),
    // reader → background → sidebar: no note is focused any more in that frame.
    z.object({ type: z.literal('note-cleared'), note: z.partial(noteRefSchema) }),
    // sidebar → background → reader: scroll to and select a finding's words.
    z.object({ type: z.literal('reveal-finding'), note: noteRefSchema, index: z.int() }),
    // sidebar → background → reader: apply suggestion `suggestion` of finding `index`.
    z.object({
      type: z.literal('apply-suggestion'),
      note: noteRefSchema,
      version: z.int(),
      index: z.int(),
      suggestion: z.int(),
    }),
    // sidebar → background → reader: hide a finding for this note.
    z.object({ type: z.literal('ignore-finding'), note: noteRefSchema, index: z.int() }),
    // sidebar → background → reader: show ignored findings of this note again (the last, or all).
    z.object({
      type: z.literal('restore-ignored'),
      note: noteRefSchema,
      which: z.enum(['last', 'all']),
    }),
    // background → readers: the settings changed, so the focused note's findings may have too.
    z.object({ type: z.literal('settings-changed') }),
    // background → sidebar: findings for text the user selected; shown read-only, never applied.
    z.object({
      type: z.literal('selection-state'),
      report: reportSchema,
      excerpts: z.array(z.string().check(z.maxLength(400))),
    }),
    // sidebar → background: the sidebar just started; the answer is a waiting selection-state.
    z.object({ type: z.literal('sidebar-ready') }),
  ]);
  return { report: reportSchema, noteContext: noteContextSchema, message: messageSchema };
}

let schemas: ReturnType<typeof buildSchemas> | undefined;

/** The report, note context and message schemas (built once, on the first call). */
export const messageSchemas = () => (schemas ??= buildSchemas());

export type Message = z.infer<ReturnType<typeof messageSchemas>['message']>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

/** Parses an incoming message; returns null for anything that is not one of ours. */
export function parseMessage(raw: unknown): Message | null {
  const parsed = messageSchemas().message.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
