// The reader in one frame: notices which note field the user is writing in (focus,
// input, editors added later), keeps one NoteSession per field, and routes the sidebar's
// requests to the right one.
import type { Message } from '../messages';
import { noteFieldFor, type NoteField } from './discovery';
import { readNoteContext } from './form-context';
import { createHighlightPainter, supportsHighlights } from './highlight/css-highlights';
import type { Painter } from './highlight/marks';
import { createTextareaPainter } from './highlight/textarea-overlay';
import { createHintCard } from './hint-card';
import { noticeInput } from './native-input';
import { NoteSession, type ReaderTransport } from './note-session';

/** Tag prefix of every element the extension adds to a page (WXT's `notecoach-sidebar`...). */
const OWN_UI_PREFIX = 'notecoach-';

/**
 * Edits a rich editor may write itself, with no input event (ProseMirror and CKEditor handle a
 * paste, a cut and a drop in their own model): each still starts the editor's undo grouping.
 */
const EDITS_WITHOUT_INPUT = ['paste', 'cut', 'drop'] as const;

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
  const { visibleSpan, boxesOf } = painter;
  return {
    paint(marks) {
      try {
        painter.paint(marks);
      } catch {
        // The note stays unmarked; its report still reaches the sidebar.
      }
    },
    ...(visibleSpan ? { visibleSpan: visibleSpan.bind(painter) } : {}),
    ...(boxesOf ? { boxesOf: boxesOf.bind(painter) } : {}),
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
  const onInput = (event: Event): void => {
    noticeInput(doc);
    activate(fieldOf(targetOf(event)))?.noticeChange();
  };
  // A Use waits for these as for typing, or the editor folds it into their undo step.
  const onEditWithoutInput = (event: Event): void => {
    if (fieldOf(targetOf(event))) noticeInput(doc);
  };

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
  for (const type of EDITS_WITHOUT_INPUT) doc.addEventListener(type, onEditWithoutInput, true);
  for (const type of USER_ACTIONS) doc.addEventListener(type, onUserAction, true);
  const stopHints = startHints(
    doc,
    options,
    () => active,
    () => sessions.values(),
  );

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
      for (const type of EDITS_WITHOUT_INPUT)
        doc.removeEventListener(type, onEditWithoutInput, true);
      for (const type of USER_ACTIONS) doc.removeEventListener(type, onUserAction, true);
      stopHints();
      for (const session of sessions.values()) session.dispose();
      sessions.clear();
    },
  };
}

/** Keys that move the caret without typing: the card follows them, never the typing itself. */
const CARET_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);
/** How long the pointer may be off the words and the card before the card closes. */
const HOVER_GRACE_MS = 250;

/**
 * The caret's finding goes to the sidebar (which marks its card) on every move; the card at the
 * underline opens when the caret is moved into flagged words or the pointer rests on them.
 */
function startHints(
  doc: Document,
  options: ReaderOptions,
  activeSession: () => NoteSession | null,
  allSessions: () => Iterable<NoteSession>,
): () => void {
  const view = doc.defaultView!;
  const hint = createHintCard(doc, options.shadowRootMode);
  let shown: { session: NoteSession; index: number; byCaret: boolean } | null = null;
  let frame = 0;
  let hoverFrame = 0;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;

  const hide = (): void => {
    clearTimeout(graceTimer);
    shown = null;
    hint.hide();
  };
  const open = (session: NoteSession, index: number, byCaret: boolean): void => {
    clearTimeout(graceTimer);
    if (shown?.session === session && shown.index === index && hint.open) return;
    const box = session.boxesOf(index)[0];
    const finding = session.liveFindings()[index];
    if (!box || !finding) return hide();
    shown = { session, index, byCaret };
    hint.show(box, finding, {
      use: () => {
        hide();
        void session.useSuggestion(index, 0);
      },
      ignore: () => {
        hide();
        session.ignore(index);
      },
    });
  };

  const onSelectionChange = (): void => {
    view.cancelAnimationFrame(frame);
    frame = view.requestAnimationFrame(() => activeSession()?.noticeCaret());
  };
  const onCaretMoved = (event: Event): void => {
    if (!event.isTrusted) return;
    if (event instanceof view.KeyboardEvent && !CARET_KEYS.has(event.key)) return;
    const session = activeSession();
    if (!session || !session.field.root.contains(event.target as Node)) return;
    const index = session.noticeCaret();
    if (index === null) {
      if (shown?.byCaret) hide();
    } else open(session, index, true);
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (!event.isTrusted || !shown || !hint.open) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      hide();
    } else if (event.key === 'Enter' && event.altKey && shown.byCaret) {
      const { session, index } = shown;
      if (session.liveFindings()[index]?.suggestions[0]?.replacement === undefined) return;
      event.preventDefault();
      event.stopPropagation();
      hide();
      void session.useSuggestion(index, 0);
    }
  };
  const onPointerMove = (event: MouseEvent): void => {
    const { clientX: x, clientY: y } = event;
    view.cancelAnimationFrame(hoverFrame);
    hoverFrame = view.requestAnimationFrame(() => {
      if (hint.holds(x, y)) return clearTimeout(graceTimer);
      for (const session of allSessions()) {
        const field = session.field.root.getBoundingClientRect();
        if (x < field.left || x > field.right || y < field.top || y > field.bottom) continue;
        const live = session.liveFindings();
        for (let index = 0; index < live.length; index++) {
          if (!live[index]) continue;
          const over = session
            .boxesOf(index)
            .some((b) => x >= b.left && x <= b.right && y >= b.top - 2 && y <= b.bottom + 4);
          if (over) return open(session, index, false);
        }
      }
      if (shown && !shown.byCaret) {
        clearTimeout(graceTimer);
        graceTimer = setTimeout(hide, HOVER_GRACE_MS);
      }
    });
  };

  doc.addEventListener('selectionchange', onSelectionChange);
  doc.addEventListener('keyup', onCaretMoved, true);
  doc.addEventListener('pointerup', onCaretMoved, true);
  doc.addEventListener('keydown', onKeyDown, true);
  doc.addEventListener('input', hide, true);
  doc.addEventListener('mousemove', onPointerMove, { capture: true, passive: true });
  view.addEventListener('scroll', hide, { capture: true, passive: true });
  return () => {
    view.cancelAnimationFrame(frame);
    view.cancelAnimationFrame(hoverFrame);
    clearTimeout(graceTimer);
    doc.removeEventListener('selectionchange', onSelectionChange);
    doc.removeEventListener('keyup', onCaretMoved, true);
    doc.removeEventListener('pointerup', onCaretMoved, true);
    doc.removeEventListener('keydown', onKeyDown, true);
    doc.removeEventListener('input', hide, true);
    doc.removeEventListener('mousemove', onPointerMove, { capture: true });
    view.removeEventListener('scroll', hide, { capture: true });
    hint.dispose();
  };
}
