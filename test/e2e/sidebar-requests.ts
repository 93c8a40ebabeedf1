// Stands in for the sidebar in the service worker (Chromium) or an extension page (Firefox): records the reader's `note-state`
// messages and sends `apply-suggestion`/`reveal-finding`/`ignore-finding` back through
// chrome.tabs.sendMessage to the frame the note is in, exactly as the background will.
// It also records each `analyze` request. Until the engine lands on main, the stand-in
// engine answers `analyze` with findings for two words, so the reader's side can be
// tested on its own.
import type { ExtensionContext } from './browsers';
import type { Message, MessageOf } from '../../src/messages';

export type SeenAnalyze = MessageOf<'analyze'>;

export interface SeenNoteState extends MessageOf<'note-state'> {
  tabId: number;
  frameId: number;
}

interface WorkerChrome {
  runtime: {
    onMessage: {
      addListener(
        listener: (
          message: { type?: string; text?: string } | undefined,
          sender: { tab?: { id?: number }; frameId?: number },
          sendResponse: (response: unknown) => void,
        ) => undefined,
      ): void;
    };
  };
  tabs: {
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
}
declare const chrome: WorkerChrome;
/** Firefox's own namespace; its `chrome` alias answers with callbacks in some versions. */
declare const browser: WorkerChrome | undefined;
declare const self: {
  notecoachTest?: {
    states: SeenNoteState[];
    analyses: SeenAnalyze[];
    cleared: string[];
    standIn: boolean;
  };
};

export async function listenLikeTheSidebar(
  background: ExtensionContext,
  standInEngine: boolean,
): Promise<void> {
  await background.evaluate((standIn) => {
    if (self.notecoachTest) {
      self.notecoachTest.states.length = 0;
      self.notecoachTest.analyses.length = 0;
      self.notecoachTest.cleared.length = 0;
      self.notecoachTest.standIn = standIn;
      return;
    }
    const seen = {
      states: [] as SeenNoteState[],
      analyses: [] as SeenAnalyze[],
      cleared: [] as string[],
      standIn,
    };
    self.notecoachTest = seen;
    (typeof browser === 'undefined' ? chrome : browser).runtime.onMessage.addListener(
      (message, sender, sendResponse) => {
        if (message?.type === 'note-state') {
          seen.states.push({
            ...(message as SeenNoteState),
            tabId: sender.tab?.id ?? -1,
            frameId: sender.frameId ?? 0,
          });
        }
        if (message?.type === 'analyze') seen.analyses.push(message as SeenAnalyze);
        if (message?.type === 'note-cleared') {
          seen.cleared.push((message as MessageOf<'note-cleared'>).note.noteId ?? '');
        }
        if (message?.type !== 'analyze' || !seen.standIn) return undefined;
        const findings = [];
        const words = [
          {
            re: /\bassisted\b/g,
            kind: 'ambiguous-term',
            code: 'assist',
            severity: 'warning',
            suggestions: [
              { label: 'Say what you did', replacement: 'coached' },
              { label: 'Name the skill', replacement: 'taught [skill] to' },
            ],
          },
          {
            re: /\bdrove\b/g,
            kind: 'non-billable',
            code: 'transportation',
            severity: 'error',
            suggestions: [{ label: 'Record the ride separately as not billed.' }],
          },
        ];
        for (const word of words) {
          for (const match of (message.text ?? '').matchAll(word.re)) {
            findings.push({
              kind: word.kind,
              code: word.code,
              start: match.index,
              end: match.index + match[0].length,
              message: 'stand-in finding',
              suggestions: word.suggestions,
              rule: `stand-in-${word.code}`,
              severity: word.severity,
              source: { document: '002_272baf8fda9674c5.txt', section: '(B)' },
            });
          }
        }
        sendResponse({
          program: 'stand-in',
          findings,
          units: null,
          dollars: null,
          fields: {},
          time: { start: null, end: null, minutes: null, basis: null },
        });
        return undefined;
      },
    );
  }, standInEngine);
}

export async function analyses(background: ExtensionContext): Promise<SeenAnalyze[]> {
  return background.evaluate(() => self.notecoachTest?.analyses ?? [], undefined);
}

/** noteIds the reader said are gone. */
export async function clearedNotes(background: ExtensionContext): Promise<string[]> {
  return background.evaluate(() => self.notecoachTest?.cleared ?? [], undefined);
}

export async function noteStates(background: ExtensionContext): Promise<SeenNoteState[]> {
  return background.evaluate(() => self.notecoachTest?.states ?? [], undefined);
}

/** The newest note-state whose excerpts include `excerpt`. */
export async function latestStateWith(
  background: ExtensionContext,
  excerpt: string,
): Promise<SeenNoteState | undefined> {
  return (await noteStates(background)).findLast((state) => state.excerpts.includes(excerpt));
}

export async function sendToReader(
  background: ExtensionContext,
  state: SeenNoteState,
  message: Message,
): Promise<void> {
  await background.evaluate(
    ({ tabId, frameId, message: m }) =>
      (typeof browser === 'undefined' ? chrome : browser).tabs.sendMessage(tabId, m, { frameId }),
    { tabId: state.tabId, frameId: state.frameId, message },
  );
}

/** What the sidebar sends when the user clicks a finding's first suggestion. */
export async function useFirstSuggestion(
  background: ExtensionContext,
  state: SeenNoteState,
  index: number,
): Promise<void> {
  await sendToReader(background, state, {
    type: 'apply-suggestion',
    note: { frameId: state.frameId, noteId: state.note.noteId },
    version: state.version,
    index,
    suggestion: 0,
  });
}
