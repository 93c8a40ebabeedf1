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

/** What only a person at the keyboard or pointer makes happen in a field, never a page script. */
const USER_ACTIONS = ['pointerdown', 'keydown', 'beforeinput'] as const;

const NO_PAINTER: Painter = { paint: () => undefined, dispose: () => undefined };

/**
 * Underlines are a help, the sidebar is the product: a painter that cannot start or draw (a
 * browser's API missing or refused, as adoptedStyleSheets once was in Firefox) leaves the note
 * unmarked but still read and reported, never unread.
 */
function guarded(create: () => Painter): Painter {
  let painter: Painter;
  try {
    painter = create();
  } catch {
    return NO_PAINTER;
  }
  const { visibleSpan } = painter;
  return {
    paint(marks) {
      try {
        painter.paint(marks);
      } catch {
        // The note stays unmarked; its report still reaches the sidebar.
      }
    },
    ...(visibleSpan ? { visibleSpan: visibleSpan.bind(painter) } : {}),
    dispose: () => painter.dispose(),
  };
}

function painterFor(field: NoteField, options: ReaderOptions): Painter {
  if (field.adapter.kind === 'textarea')
    return guarded(() =>
      createTextareaPainter(field.root as HTMLTextAreaElement, options.shadowRootMode),
    );
  if (supportsHighlights(field.root.ownerDocument))
    return guarded(() => createHighlightPainter(field.adapter, field.root));
  return NO_PAINTER;
}

export interface ReaderOptions {
  /** How the underline host's shadow root is made: 'closed' in every build a user installs. */
  shadowRootMode: ShadowRootMode;
}

export interface Reader {
  /** Handles a sidebar request or a settings change; false when no note in this frame is concerned. */
  handle(message: Message): boolean;
  stop(): void;
}

export function startReader(
  doc: Document,
  transport: ReaderTransport,
  options: ReaderOptions,
): Reader {
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
      painter: painterFor(field, options),
      readContext: () => readNoteContext(field.root),
    });
    sessions.set(field.root, session);
    return session;
  };

  // Fields the user has had a hand in: a press of the pointer or a key in it, or an edit of
  // their own (beforeinput). A page can focus a field and fill it by script (execCommand even
  // makes trusted input events) but can fake none of these, so a field it made up and filled
  // is never coached and never reaches the sidebar. An editor that opens already focused
  // (autofocus in a modal) is coached from the user's first key in it.
  const touched = new WeakSet<HTMLElement>();

  const activate = (field: NoteField | null): NoteSession | null => {
    if (!field || !touched.has(field.root)) return null;
    const session = sessionFor(field);
    if (session !== active) {
      active = session;
      session.checkNow();
    }
    return session;
  };

  // Our own UI (the sidebar, the underline host) is never a note.
  const targetOf = (event: Event): EventTarget | null => {
    const path = event.composedPath();
    const ours = path.some((node) => (node as Element).localName?.startsWith(OWN_UI_PREFIX));
    return ours ? null : (path[0] ?? event.target);
  };
  const fieldOf = (target: EventTarget | null): NoteField | null =>
    target instanceof doc.defaultView!.Element ? noteFieldFor(target) : null;
  const onUserAction = (event: Event): void => {
    if (!event.isTrusted) return;
    const field = fieldOf(targetOf(event));
    if (!field) return;
    touched.add(field.root);
    activate(field);
  };
  const onFocus = (event: Event): void => void activate(fieldOf(targetOf(event)));
  const onInput = (event: Event): void => activate(fieldOf(targetOf(event)))?.noticeChange();

  // Editors removed with their modal or tab: stop coaching them and tell the sidebar.
  const forgetRemoved = (): void => {
    for (const [root, session] of sessions) {
      if (root.isConnected) continue;
      session.dispose();
      sessions.delete(root);
      if (session === active) active = null;
      transport.post({ type: 'note-cleared', note: { noteId: session.noteId } });
    }
  };
  const observer = new doc.defaultView!.MutationObserver(forgetRemoved);
  observer.observe(doc, { childList: true, subtree: true });

  doc.addEventListener('focusin', onFocus, true);
  doc.addEventListener('input', onInput, true);
  for (const type of USER_ACTIONS) doc.addEventListener(type, onUserAction, true);

  const byId = (noteId: string): NoteSession | undefined =>
    [...sessions.values()].find((session) => session.noteId === noteId);

  return {
    handle(message) {
      if (message.type === 'settings-changed') {
        active?.recheck();
        return active !== null;
      }
      const forReader =
        message.type === 'apply-suggestion' ||
        message.type === 'reveal-finding' ||
        message.type === 'ignore-finding' ||
        message.type === 'restore-ignored' ||
        message.type === 'check-visible-part' ||
        message.type === 'check-now';
      if (!forReader) return false;
      const session = byId(message.note.noteId);
      if (!session) return false;
      if (message.type === 'apply-suggestion') void session.apply(message);
      else if (message.type === 'reveal-finding') session.reveal(message.index);
      else if (message.type === 'ignore-finding') session.ignore(message.index);
      else if (message.type === 'restore-ignored') session.restoreIgnored(message.which);
      else if (message.type === 'check-now') session.checkWhole();
      else session.checkVisiblePart();
      return true;
    },
    stop() {
      observer.disconnect();
      doc.removeEventListener('focusin', onFocus, true);
      doc.removeEventListener('input', onInput, true);
      for (const type of USER_ACTIONS) doc.removeEventListener(type, onUserAction, true);
      for (const session of sessions.values()) session.dispose();
      sessions.clear();
    },
  };
}
