// A review session kept on this computer only when the supervisor clicks save: the notes and
// the program, in extension storage, until the supervisor clears it.
import { z } from 'zod';
import { batchNoteSchema, type BatchNote } from './batch-note';
import type { PageStorage } from './page-storage';

export const SESSION_KEY = 'review.savedSession';

const savedSessionSchema = z.object({
  savedAt: z.iso.datetime(),
  program: z.string().max(100),
  notes: z.array(batchNoteSchema).max(50_000),
});
export type SavedSession = z.infer<typeof savedSessionSchema>;

export async function saveSession(
  storage: PageStorage,
  program: string,
  notes: readonly BatchNote[],
  now = new Date(),
): Promise<SavedSession> {
  const session = { savedAt: now.toISOString(), program, notes: [...notes] };
  await storage.set(SESSION_KEY, session);
  return session;
}

/** The saved session, or null when there is none or it no longer reads as one. */
export async function loadSession(storage: PageStorage): Promise<SavedSession | null> {
  const parsed = savedSessionSchema.safeParse(await storage.get(SESSION_KEY).catch(() => null));
  return parsed.success ? parsed.data : null;
}

export function clearSession(storage: PageStorage): Promise<void> {
  return storage.remove(SESSION_KEY);
}
