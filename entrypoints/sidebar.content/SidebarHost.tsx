// Connects the Sidebar component to the extension: note state arrives from the background,
// clicks go back to it, and the layout (never the note) is kept in storage.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseMessage, type Message, type MessageOf } from '../../src/messages';
import { clearSide, dockPage, dockWidth, DOCK_WIDTH, undockPage } from '../../src/page/dock';
import { Sidebar } from '../../src/ui/Sidebar';
import {
  DEFAULT_LAYOUT,
  parseSidebarLayout,
  SIDEBAR_LAYOUT_KEY,
  type SidebarLayout,
} from '../../src/ui/sidebar-layout';

export const LAYOUT_KEY = SIDEBAR_LAYOUT_KEY;

type NoteState = MessageOf<'note-state'> | MessageOf<'note-too-long'>;
type SelectionState = MessageOf<'selection-state'>;

function isSameNote(state: NoteState, cleared: MessageOf<'note-cleared'>['note']): boolean {
  return (
    (cleared.frameId === undefined || cleared.frameId === state.note.frameId) &&
    (cleared.noteId === undefined || cleared.noteId === state.note.noteId)
  );
}

function send(message: Message): void {
  // The service worker may be restarting; the next note state brings the sidebar back in step.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/** The focused element's box: the note field, or the frame that holds it. */
function focusedBox(doc: Document): DOMRect | null {
  const focused = doc.activeElement;
  if (!focused || focused === doc.body || focused.localName.startsWith('notecoach-')) return null;
  return focused.getBoundingClientRect();
}

/**
 * Docks the sidebar beside the page; where the page did not make room under it for the focused
 * note, moves it to the other side or folds it for as long as that note has focus.
 */
function useDock(layout: SidebarLayout): [SidebarLayout, () => void] {
  const [clear, setClear] = useState<{ side: SidebarLayout['side'] | null } | null>(null);
  const placed: SidebarLayout =
    clear === null || layout.collapsed
      ? layout
      : clear.side === null
        ? { ...layout, collapsed: true }
        : { ...layout, side: clear.side };

  useEffect(() => {
    dockPage(document, placed.side, dockWidth(placed));
  }, [placed.side, placed.collapsed]);
  useEffect(() => () => undockPage(document), []);

  useEffect(() => {
    if (layout.collapsed) return;
    let frame = 0;
    const check = () => {
      cancelAnimationFrame(frame);
      // After the page has laid itself out in the room the dock left.
      frame = requestAnimationFrame(() => {
        const box = focusedBox(document);
        const side = box && clearSide(box, window.innerWidth, DOCK_WIDTH.open, layout.side);
        setClear(box === null || side === layout.side ? null : { side });
      });
    };
    check();
    document.addEventListener('focusin', check, true);
    window.addEventListener('resize', check);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('focusin', check, true);
      window.removeEventListener('resize', check);
    };
  }, [layout.side, layout.collapsed]);
  // The user's own move or unfold wins until focus moves to another field.
  return [placed, () => setClear(null)];
}

export function SidebarHost() {
  const [state, setState] = useState<NoteState | null>(null);
  // Findings for selected text: shown until a note is focused, never applied.
  const [selection, setSelection] = useState<SelectionState | null>(null);
  // The finding the caret is in, for the version of the findings it was found in.
  const [caret, setCaret] = useState<MessageOf<'caret-finding'> | null>(null);
  const [layout, setLayout] = useState<SidebarLayout>(DEFAULT_LAYOUT);
  // The user just asked about a selection: open even if they keep the sidebar collapsed.
  const [openForSelection, setOpenForSelection] = useState(false);
  const showSelection = (message: SelectionState) => {
    setSelection(message);
    setOpenForSelection(true);
  };

  useEffect(() => {
    const onMessage = (raw: unknown) => {
      const message = parseMessage(raw);
      if (message?.type === 'note-state' || message?.type === 'note-too-long') {
        setState(message);
        setSelection(null);
      }
      if (message?.type === 'note-cleared') {
        setState((current) => (current && isSameNote(current, message.note) ? null : current));
      }
      if (message?.type === 'selection-state') showSelection(message);
      if (message?.type === 'caret-finding') setCaret(message);
    };
    browser.runtime.onMessage.addListener(onMessage);
    // Started for a selection: its findings wait in the background until we are listening.
    browser.runtime
      .sendMessage({ type: 'sidebar-ready' } satisfies Message)
      .then((raw: unknown) => {
        const message = parseMessage(raw);
        if (message?.type === 'selection-state') showSelection(message);
      })
      .catch(() => undefined);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  useEffect(() => {
    browser.storage.local
      .get(LAYOUT_KEY)
      .then((stored) => setLayout(parseSidebarLayout(stored[LAYOUT_KEY])))
      .catch(() => undefined);
    // The options page, or the sidebar in another tab, moved or folded it: follow at once.
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && LAYOUT_KEY in changes) {
        setLayout(parseSidebarLayout(changes[LAYOUT_KEY]?.newValue));
      }
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const [placed, followUser] = useDock(openForSelection ? { ...layout, collapsed: false } : layout);
  const note = state && { frameId: state.note.frameId ?? 0, noteId: state.note.noteId };
  const checked = state?.type === 'note-state' ? state : null;
  const tooLong = state?.type === 'note-too-long' ? state : null;
  const caretIn =
    checked && caret && caret.version === checked.version && isSameNote(checked, caret.note)
      ? caret.index
      : null;

  // The cards' actions never change: each reads the note and report version of the moment it
  // is clicked, so a card the last report left as it was need not re-render to stay right.
  const current = useRef({ note, checked });
  current.current = { note, checked };
  const actions = useMemo(
    () => ({
      onReveal(index: number) {
        const { note } = current.current;
        if (note) send({ type: 'reveal-finding', note, index });
      },
      onIgnore(index: number) {
        const { note } = current.current;
        if (note) send({ type: 'ignore-finding', note, index });
      },
      onApply(index: number, suggestion: number) {
        const { note, checked } = current.current;
        if (note && checked) {
          send({ type: 'apply-suggestion', note, version: checked.version, index, suggestion });
        }
      },
    }),
    [],
  );

  return (
    <Sidebar
      note={selection ?? checked}
      tooLong={selection ? null : tooLong}
      onCheckPart={() => note && send({ type: 'check-visible-part', note })}
      onCheckNow={() => note && send({ type: 'check-now', note })}
      onRestoreIgnored={(which) => note && send({ type: 'restore-ignored', note, which })}
      selection={selection !== null}
      layout={placed}
      onLayoutChange={(next) => {
        followUser();
        setOpenForSelection(false);
        setLayout(next);
        browser.storage.local.set({ [LAYOUT_KEY]: next }).catch(() => undefined);
      }}
      currentIndex={selection ? null : caretIn}
      {...actions}
    />
  );
}
