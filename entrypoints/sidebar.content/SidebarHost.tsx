// Connects the Sidebar component to the extension: note state arrives from the background,
// clicks go back to it, and the layout (never the note) is kept in storage.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseMessage, type Message, type MessageOf } from '../../src/messages';
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

export function SidebarHost() {
  const [state, setState] = useState<NoteState | null>(null);
  // Findings for selected text: shown until a note is focused, never applied.
  const [selection, setSelection] = useState<SelectionState | null>(null);
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

  const note = state && { frameId: state.note.frameId ?? 0, noteId: state.note.noteId };
  const checked = state?.type === 'note-state' ? state : null;
  const tooLong = state?.type === 'note-too-long' ? state : null;

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
      layout={openForSelection ? { ...layout, collapsed: false } : layout}
      onLayoutChange={(next) => {
        setOpenForSelection(false);
        setLayout(next);
        browser.storage.local.set({ [LAYOUT_KEY]: next }).catch(() => undefined);
      }}
      {...actions}
    />
  );
}
