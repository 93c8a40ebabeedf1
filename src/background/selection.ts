// "Check selected text with NoteCoach": findings for text selected on any page, shown in the
// sidebar read-only. Nothing on the page changes, and the findings are dropped once shown.
import type { NoteContext, Report } from '../engine/types';
import type { Message, MessageOf } from '../messages';

type SelectionState = MessageOf<'selection-state'>;

/** The context-menu item, created once when the extension is installed or updated. */
export const SELECTION_MENU = {
  id: 'check-selection',
  title: 'Check selected text with NoteCoach',
  contexts: ['selection'],
} as const;

const EXCERPT_LIMIT = 400;
const SIDEBAR_FRAME = 0;

export interface SelectionDeps {
  analyze(text: string, context: NoteContext): Promise<Report>;
  injectSidebar(tabId: number): Promise<void>;
  sendToFrame(tabId: number, frameId: number, message: Message): Promise<unknown>;
}

export function selectionState(text: string, report: Report): SelectionState {
  const excerpts = report.findings.map((f) => text.slice(f.start, f.end).slice(0, EXCERPT_LIMIT));
  return { type: 'selection-state', report, excerpts };
}

export function createSelectionChecks(deps: SelectionDeps) {
  // Per tab, the findings a sidebar that is still starting will ask for (sidebar-ready).
  const waiting = new Map<number, SelectionState>();
  return {
    /** Checks `text` and shows it in the tab's sidebar; false if the page cannot be reached. */
    async check(tabId: number, text: string): Promise<boolean> {
      const state = selectionState(text, await deps.analyze(text, {}));
      waiting.set(tabId, state);
      try {
        await deps.injectSidebar(tabId);
      } catch {
        waiting.delete(tabId);
        return false;
      }
      // A sidebar that was already running takes it now; a new one asks once it is up.
      await deps.sendToFrame(tabId, SIDEBAR_FRAME, state).catch(() => undefined);
      return true;
    },
    take(tabId: number): SelectionState | undefined {
      const state = waiting.get(tabId);
      waiting.delete(tabId);
      return state;
    },
    /** The tab navigated or closed: its selection is no longer on screen. */
    forget(tabId: number): void {
      waiting.delete(tabId);
    },
  };
}
