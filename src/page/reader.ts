// The reader in one frame: notices which note field the user is writing in (focus,
// input, editors added later), keeps one NoteSession per field, and routes the sidebar's
// requests to the right one.
import type { Message } from '../messages';
import { noteFieldFor, type NoteField } from './discovery';
import { readNoteContext } from './form-context';
import { createHighlightPainter, supportsHighlights } from './highlight/css-highlights';
import type { Painter } from './highlight/marks';
import { createTextareaPainter } from './highlight/textarea-overlay';
import { NoteSession, type ReaderTransport } from './note-session';

/** Tag prefix of every element the extension adds to a page (WXT's `notecoach-sidebar`...). */
const OWN_UI_PREFIX = 'notecoach-';

function painterFor(field: NoteField): Painter {
  if (field.adapter.kind === 'textarea')
    return createTextareaPainter(field.root as HTMLTextAreaElement);
  if (supportsHighlights(field.root.ownerDocument))
    return createHighlightPainter(field.adapter, field.root);
  return { paint: () => undefined, dispose: () => undefined };
}

export interface Reader {
  /** Handles a sidebar request or a settings change; false when no note in this frame is concerned. */
  handle(message: Message): boolean;
  stop(): void;
}

export function startReader(doc: Document, transport: ReaderTransport): Reader {
  const sessions = new Map<HTMLElement, NoteSession>();
  let nextId = 1;
  let active: NoteSession | null = null;

  const sessionFor = (field: NoteField): NoteSession => {
    const existing = sessions.get(field.root);
    if (existing) return existing;
    const session = new NoteSession({
      noteId: `note-${nextId++}`,
      field,
      transport,
      painter: painterFor(field),
      readContext: () => readNoteContext(field.root),
    });
    sessions.set(field.root, session);
    return session;
  };

  const activate = (target: EventTarget | null): NoteSession | null => {
    if (!(target instanceof doc.defaultView!.Element)) return null;
    const field = noteFieldFor(target);
    if (!field) return null;
    const session = sessionFor(field);
    if (session !== active) {
      active = session;
      session.checkNow();
    }
    return session;
  };

  // Our own UI (the sidebar, the underline host) is never a note.
  const target = (event: Event): EventTarget | null => {
    const path = event.composedPath();
    const ours = path.some((node) => (node as Element).localName?.startsWith(OWN_UI_PREFIX));
    return ours ? null : (path[0] ?? event.target);
  };
  const onFocus = (event: Event): void => void activate(target(event));
  const onInput = (event: Event): void => activate(target(event))?.noticeChange();

  // Editors removed with their modal or tab: stop coaching them and tell the sidebar.
  const forgetRemoved = (): void => {
    for (const [root, session] of sessions) {
      if (root.isConnected) continue;
      session.dispose();
      sessions.delete(root);
      if (session === active) active = null;
      transport.post({ type: 'note-cleared', note: { noteId: session.noteId } });
    }
    // An editor added already focused (autofocus in a modal) never sends focusin to us.
    if (!active) activate(doc.activeElement);
  };
  const observer = new doc.defaultView!.MutationObserver(forgetRemoved);
  observer.observe(doc, { childList: true, subtree: true });

  doc.addEventListener('focusin', onFocus, true);
  doc.addEventListener('input', onInput, true);
  activate(doc.activeElement);

  const byId = (noteId: string): NoteSession | undefined =>
    [...sessions.values()].find((session) => session.noteId === noteId);

  return {
    handle(message) {
      if (message.type === 'settings-changed') {
        active?.recheck();
        return active !== null;
      }
      if (!('note' in message) || message.type === 'note-state' || message.type === 'note-cleared')
        return false;
      const session = byId(message.note.noteId);
      if (!session) return false;
      if (message.type === 'apply-suggestion') void session.apply(message);
      else if (message.type === 'reveal-finding') session.reveal(message.index);
      else session.ignore(message.index);
      return true;
    },
    stop() {
      observer.disconnect();
      doc.removeEventListener('focusin', onFocus, true);
      doc.removeEventListener('input', onInput, true);
      for (const session of sessions.values()) session.dispose();
      sessions.clear();
    },
  };
}
