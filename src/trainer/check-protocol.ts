// Messages between the trainer page and its check worker. Both sides parse with zod: the
// page never renders a report whose shape it did not expect.
//
//   page ──check {id, program, text}──► worker ──report {id, report} / failed──► page
import { z } from 'zod';
import { messageSchemas } from '../messages';
import { PROGRAM_IDS } from '../rules/packs';

/** Longer than any progress note; keeps a pasted book from stalling the worker. */
export const MAX_NOTE_CHARS = 50_000;

const id = z.number().int().nonnegative();

export const checkRequestSchema = z.object({
  type: z.literal('check'),
  id,
  program: z.enum(PROGRAM_IDS),
  text: z.string().max(MAX_NOTE_CHARS),
  context: z.optional(messageSchemas().noteContext),
});
export type CheckRequest = z.infer<typeof checkRequestSchema>;

export const checkResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('report'), id, report: messageSchemas().report }),
  /** id is null when the request itself could not be read. */
  z.object({ type: z.literal('failed'), id: id.nullable(), message: z.string() }),
]);
export type CheckResponse = z.infer<typeof checkResponseSchema>;
