// The service worker checks the notes of every tab. Each check runs in slices with a pause
// between them, so a long note in one tab never holds up the findings of another, and a check
// stops as soon as a newer version of the same note arrives: only the newest version's report
// is worth the work.
import type { Analyzer } from '../engine';
import type { NoteContext, Report } from '../engine/types';

export interface NoteCheckRequest {
  /** One note field: its tab, frame and note id. */
  key: string;
  version: number;
  text: string;
  context: NoteContext;
}

export interface NoteChecks {
  /** The report, or null when a newer version of the note made this one pointless. */
  check(request: NoteCheckRequest): Promise<Report | null>;
  /** Forgets the notes of a closed or reloaded tab. */
  forgetTab(tabId: number): void;
}

/** A macrotask: messages from other tabs are handled before the check goes on. */
export const pauseForOthers = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createNoteChecks(
  analyzer: () => Promise<Analyzer>,
  pause: () => Promise<void> = pauseForOthers,
): NoteChecks {
  const newest = new Map<string, number>();
  return {
    async check({ key, version, text, context }) {
      newest.set(key, Math.max(version, newest.get(key) ?? version));
      const stale = () => newest.get(key) !== version;
      const active = await analyzer();
      if (stale()) return null;
      return active.analyzeInSlices(text, context, { pause, stale });
    },
    forgetTab(tabId) {
      for (const key of newest.keys()) if (key.startsWith(`${tabId}:`)) newest.delete(key);
    },
  };
}

export function noteKey(tabId: number, frameId: number, noteId: string): string {
  return `${tabId}:${frameId}:${noteId}`;
}
