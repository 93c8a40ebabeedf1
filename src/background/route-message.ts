// The service worker's one switch over the message union: analyse for the readers, relay
// between the readers (any frame) and the sidebar (top frame) of the same tab.
import { parseMessage, type Message, type MessageOf } from '../messages';
import type { Report } from '../engine/types';
import type { NoteMessage } from './badge';
import { noteKey, type NoteCheckRequest } from './note-checks';

/** The part of runtime.MessageSender we rely on. */
export interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface RouteDeps {
  /** Our own extension id: messages from anyone else are dropped. */
  extensionId: string;
  /** Checks one version of a note field; null when a newer version has arrived. */
  checkNote(request: NoteCheckRequest): Promise<Report | null>;
  sendToFrame(tabId: number, frameId: number, message: Message): Promise<unknown>;
  /** Told of every note state and clearing, with the sender's frame filled in (the badge). */
  noteChanged(tabId: number, message: NoteMessage): void;
  /** Hands over, once, the findings for a selection that wait for this tab's sidebar. */
  takeSelection(tabId: number): MessageOf<'selection-state'> | undefined;
  /** Loads the engine now, so the check after the user's pause finds it ready. */
  warmUp?(): void;
}

type Answer = Report | MessageOf<'selection-state'> | null | undefined;

const SIDEBAR_FRAME = 0;

/**
 * Handles one incoming message; resolves to the Report for `analyze` (null when a newer
 * version of the note overtook it), to a waiting
 * selection-state for `sidebar-ready`, undefined otherwise.
 */
export async function routeMessage(raw: unknown, sender: Sender, deps: RouteDeps): Promise<Answer> {
  const tabId = sender.tab?.id;
  if (sender.id !== deps.extensionId || tabId === undefined) return undefined;
  const message = parseMessage(raw);
  if (!message) return undefined;
  const frameId = sender.frameId ?? 0;
  const relay = (to: number, relayed: Message) =>
    deps.sendToFrame(tabId, to, relayed).then(
      () => undefined,
      // The other side may be gone (frame navigated, sidebar not loaded): nothing to do.
      () => undefined,
    );

  switch (message.type) {
    case 'analyze':
      return deps.checkNote({
        key: noteKey(tabId, frameId, message.noteId),
        version: message.version,
        text: message.text,
        context: message.context,
      });
    // The reader cannot know its own frame id; the sender can, so it is filled in here.
    case 'note-state': {
      const framed = { ...message, note: { ...message.note, frameId } };
      deps.noteChanged(tabId, framed);
      return relay(SIDEBAR_FRAME, framed);
    }
    case 'note-cleared': {
      const framed = { ...message, note: { ...message.note, frameId } };
      deps.noteChanged(tabId, framed);
      return relay(SIDEBAR_FRAME, framed);
    }
    case 'note-too-long': {
      const framed = { ...message, note: { ...message.note, frameId } };
      deps.noteChanged(tabId, framed);
      return relay(SIDEBAR_FRAME, framed);
    }
    // Not a change of findings: the badge stays as it is.
    case 'caret-finding':
      return relay(SIDEBAR_FRAME, { ...message, note: { ...message.note, frameId } });
    case 'wake-up':
      deps.warmUp?.();
      return undefined;
    case 'sidebar-ready':
      return frameId === SIDEBAR_FRAME ? deps.takeSelection(tabId) : undefined;
    // Only the background makes these; one arriving from a page is dropped.
    case 'selection-state':
      return undefined;
    case 'reveal-finding':
    case 'apply-suggestion':
    case 'ignore-finding':
    case 'restore-ignored':
    case 'check-visible-part':
    case 'check-now':
      // Only the sidebar, which lives in the top frame, steers the readers.
      if (frameId !== SIDEBAR_FRAME) return undefined;
      return relay(message.note.frameId, message);
    // Only the service worker announces settings changes; a tab cannot.
    case 'settings-changed':
      return undefined;
  }
}
