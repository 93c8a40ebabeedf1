// One note of a review batch, whatever it came from (paste, .txt file, EHR CSV export).
// It crosses into the batch Web Worker, so its shape is a zod schema.
import { z } from 'zod';
import { messageSchemas } from '../messages';

/** Longest note accepted; real progress notes are a few thousand characters. */
export const NOTE_MAX_CHARS = 100_000;

const label = z.string().max(200);

export const batchNoteSchema = z.object({
  /** What the supervisor sees in the table: "Row 12", "Note 3", "visit.txt". Unique in a batch. */
  id: z.string().min(1).max(200),
  text: z.string().max(NOTE_MAX_CHARS),
  staff: label.optional(),
  client: label.optional(),
  /** YYYY-MM-DD when the export's date could be read, otherwise the cell as written. */
  date: label.optional(),
  /** A rule-pack id or the export's program name. */
  program: label.optional(),
  context: z.optional(messageSchemas().noteContext),
});

export type BatchNote = z.infer<typeof batchNoteSchema>;

/** Appends notes to a batch, renaming an incoming id already taken ("Note 1" → "Note 1 (2)"). */
export function addNotes(batch: readonly BatchNote[], incoming: readonly BatchNote[]): BatchNote[] {
  const taken = new Set(batch.map((note) => note.id));
  const added = incoming.map((note) => {
    let id = note.id;
    for (let n = 2; taken.has(id); n++) id = `${note.id} (${n})`;
    taken.add(id);
    return id === note.id ? note : { ...note, id };
  });
  return [...batch, ...added];
}
