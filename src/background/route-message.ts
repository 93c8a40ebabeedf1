// The service worker's one switch over the message union: analyse for the readers, relay
// between the readers (any frame) and the sidebar (top frame) of the same tab.
import { parseMessage, type Message } from '../messages';
import type { NoteContext, Report } from '../engine/types';

/** The part of runtime.MessageSender we rely on. */
export interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface RouteDeps {
  /** Our own extension id: messages from anyone else are dropped. */
  extensionId: string;
  analyze(text: string, context: NoteContext): Promise<Report>;
  sendToFrame(tabId: number, frameId: number, message: Message): Promise<unknown>;
}

const SIDEBAR_FRAME = 0;

/** Handles one incoming message; resolves to the Report for `analyze`, undefined otherwise. */
export async function routeMessage(
  raw: unknown,
  sender: Sender,
  deps: RouteDeps,
): Promise<Report | undefined> {
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
      return deps.analyze(message.text, message.context);
    // The reader cannot know its own frame id; the sender can, so it is filled in here.
    case 'note-state':
      return relay(SIDEBAR_FRAME, { ...message, note: { ...message.note, frameId } });
    case 'note-cleared':
      return relay(SIDEBAR_FRAME, { ...message, note: { ...message.note, frameId } });
    case 'reveal-finding':
    case 'apply-suggestion':
    case 'ignore-finding':
      // Only the sidebar, which lives in the top frame, steers the readers.
      if (frameId !== SIDEBAR_FRAME) return undefined;
      return relay(message.note.frameId, message);
    // Only the service worker announces settings changes; a tab cannot.
    case 'settings-changed':
      return undefined;
  }
}
