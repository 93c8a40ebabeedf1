// The number on the toolbar icon: how many findings to fix in the note in focus in that tab,
// counted as the sidebar counts them. Blank when no note is in focus.
import type { MessageOf } from '../messages';
import { countToFix } from '../ui/summary';

/** The part of `browser.action` used here. */
export interface BadgeAction {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
}

const TO_FIX_COLOR = '#b42318';
const ALL_CLEAR_COLOR = '#1a7f37';

export type NoteMessage =
  MessageOf<'note-state'> | MessageOf<'note-cleared'> | MessageOf<'note-too-long'>;

export function createBadge(action: BadgeAction) {
  // The note each tab's badge is counting, so clearing another note leaves it alone.
  const counted = new Map<number, { frameId?: number; noteId: string }>();
  const show = (tabId: number, text: string, color?: string) => {
    // The tab may have closed in the meantime; its badge went with it.
    if (color) action.setBadgeBackgroundColor({ tabId, color }).catch(() => undefined);
    action.setBadgeText({ tabId, text }).catch(() => undefined);
  };
  return {
    noteChanged(tabId: number, message: NoteMessage): void {
      if (message.type === 'note-state') {
        counted.set(tabId, message.note);
        const toFix = countToFix(message.report);
        show(tabId, String(toFix), toFix > 0 ? TO_FIX_COLOR : ALL_CLEAR_COLOR);
        return;
      }
      // Not checked: no count to show, and no stale one either.
      if (message.type === 'note-too-long') {
        counted.set(tabId, message.note);
        show(tabId, '');
        return;
      }
      const note = counted.get(tabId);
      const cleared = message.note;
      if (
        note &&
        (cleared.frameId === undefined || cleared.frameId === note.frameId) &&
        (cleared.noteId === undefined || cleared.noteId === note.noteId)
      ) {
        counted.delete(tabId);
        show(tabId, '');
      }
    },
    /** The tab navigated or closed. */
    forget(tabId: number): void {
      if (counted.delete(tabId)) show(tabId, '');
    },
  };
}
